/**
 * arXiv listings — `/list/<cat>/new`, `/recent`, `/pastweek`, `/<yymm>`, `/catchup/…` — and author
 * pages (`/a/<author-id>`, the same item list under `#dlpage`): one paper per `dt`/`dd` pair.
 * The id comes from the `dt`'s abstract link, the authors from the `dd`'s `.list-authors` links.
 *
 * Structure from arXiv's own templates (arxiv-browse `list/list_macros.html`, `list/author.html`);
 * no saved real listing page exists (PROVENANCE.md), so the fixtures are built from that structure:
 * both the 2024+ layout (`<a title="Abstract" id="2501.01234">`) and the older one
 * (`<span class="list-identifier">`, "Authors:" descriptor). "(author list is unavailable)" yields no
 * paper for that entry.
 *
 * Tested on (tests/fixtures/pages, built): https://arxiv.org/list/cs.AI/new · https://arxiv.org/list/hep-th/pastweek?show=25 ·
 * https://arxiv.org/a/krogan_n_1 · https://arxiv.org/catchup/cs.CL/2025-01-06
 */
import { arxivAuthorLinks } from './arxiv-authors';
import { arxivIdFrom, arxivPatterns, primaryCategory } from './arxiv-hosts';
import type { DetectedPaper, SiteAdapter } from './types';

export const arxivListing: SiteAdapter = {
  site: 'arxiv',
  id: 'arxiv-listing',
  label: 'arXiv',
  matches: /* @__PURE__ */ arxivPatterns('/list/*', '/catchup*', '/a/*'),
  lazy: true,
  detect: (doc) => detectArxivListing(doc),
};

export function detectArxivListing(doc: Document): DetectedPaper[] {
  try {
    const papers: DetectedPaper[] = [];
    for (const dt of doc.querySelectorAll('dl > dt')) {
      const dd = dt.nextElementSibling;
      if (!dd || dd.tagName !== 'DD') continue;
      const abs = dt.querySelector('a[title="Abstract"], a[href*="/abs/"]');
      const arxivId = arxivIdFrom(abs?.getAttribute('href'), /\/abs\/(.+)$/) ?? arxivIdFrom(abs?.textContent, /arXiv:\s*(\S+)/);
      if (!arxivId) continue;
      const authors = arxivAuthorLinks(dd.querySelectorAll('.list-authors a'));
      if (authors.length === 0) continue;
      const category = primaryCategory(dd);
      papers.push(category ? { arxivId, authors, category, container: dd } : { arxivId, authors, container: dd });
    }
    return papers;
  } catch {
    return [];
  }
}
