/**
 * arXiv HTML full text (`/html/<id>`, LaTeXML): the paper's id from the URL (the page has no
 * `citation_*` tags), the authors from `.ltx_authors .ltx_role_author .ltx_personname`, each name being
 * the person-name's first line (affiliations and e-mail follow after `<br>` or in notes). A person-name
 * holding several people ("A, B and C" in one `\author{}`) cannot be badged one by one: such a page
 * yields nothing rather than misplaced badges. Bibliography authors are never read.
 *
 * Structure known from LaTeXML's output and third-party scrapers; no saved real page exists, so the
 * fixture is built from that structure.
 *
 * Tested on (tests/fixtures/pages, built): https://arxiv.org/html/1706.03762v7
 */
import { cleanDisplayName, isCollaborationName } from '../names';
import { arxivIdFrom, arxivPatterns } from './arxiv-hosts';
import type { DetectedAuthor, DetectedPaper, SiteAdapter } from './types';

export const arxivHtml: SiteAdapter = {
  site: 'arxiv',
  id: 'arxiv-html',
  label: 'arXiv',
  matches: /* @__PURE__ */ arxivPatterns('/html/*'),
  detect: (doc, url) => detectArxivHtml(doc, url),
};

export function detectArxivHtml(doc: Document, url: URL): DetectedPaper[] {
  try {
    const arxivId = arxivIdFrom(url.pathname, /^\/html\/(.+?)\/?$/);
    if (!arxivId) return [];
    const authors: DetectedAuthor[] = [];
    for (const person of doc.querySelectorAll('.ltx_authors .ltx_role_author .ltx_personname')) {
      const name = firstLine(person);
      if (!name || isCollaborationName(name)) continue;
      if (/,|\band\b|&/.test(name)) return [];
      authors.push({ name, position: authors.length + 1, element: person });
    }
    if (authors.length === 0) return [];
    const title = cleanDisplayName(doc.querySelector('.ltx_title_document')?.textContent ?? '');
    return [title ? { arxivId, authors, title } : { arxivId, authors }];
  } catch {
    return [];
  }
}

/** Text up to the first line break, without footnote marks and notes. */
function firstLine(person: Element): string {
  let text = '';
  for (const node of person.childNodes) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'BR') break;
      if (el.matches('sup, .ltx_note, .ltx_contact, .ltx_role_affiliation, .ltx_role_email')) continue;
    }
    text += node.textContent ?? '';
  }
  return cleanDisplayName(text);
}
