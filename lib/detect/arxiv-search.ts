/**
 * arXiv search results (`/search/?query=…`, `/search/advanced?…`, `/search/<archive>?searchtype=author…`):
 * one paper per `li.arxiv-result`, the id from its `p.list-title` abstract link, the authors from
 * `p.authors` links (the page shows at most 25, then "et al.").
 *
 * Structure from arXiv's own templates (arxiv-search `search/search-macros.html`); no saved real
 * search page exists, so the fixture is built from that template.
 *
 * Tested on (tests/fixtures/pages, built): https://arxiv.org/search/?query=protein+interaction&searchtype=all
 */
import { arxivAuthorLinks } from './arxiv-authors';
import { arxivIdFrom, arxivPatterns } from './arxiv-hosts';
import type { DetectedPaper, SiteAdapter } from './types';

export const arxivSearch: SiteAdapter = {
  site: 'arxiv',
  id: 'arxiv-search',
  label: 'arXiv',
  matches: /* @__PURE__ */ arxivPatterns('/search/*'),
  lazy: true,
  detect: (doc) => detectArxivSearch(doc),
};

export function detectArxivSearch(doc: Document): DetectedPaper[] {
  try {
    const papers: DetectedPaper[] = [];
    for (const item of doc.querySelectorAll('li.arxiv-result')) {
      const abs = item.querySelector('.list-title a[href*="/abs/"]');
      const arxivId = arxivIdFrom(abs?.textContent, /arXiv:\s*(\S+)/) ?? arxivIdFrom(abs?.getAttribute('href'), /\/abs\/(.+)$/);
      if (!arxivId) continue;
      const authors = arxivAuthorLinks(item.querySelectorAll('p.authors > a'));
      if (authors.length === 0) continue;
      papers.push({ arxivId, authors, container: item });
    }
    return papers;
  } catch {
    return [];
  }
}
