/**
 * arXiv abstract pages (`/abs/<id>`): the one paper on the page and its author links.
 *
 * Authors come from the links in `#abs div.authors`, not from the `citation_author` meta list: the meta
 * list carries collaboration names and a literal ":" (1912.06680: "OpenAI" + 26 people) and cannot point
 * at the element a badge must follow. Layout facts this relies on are in fixtures/PROVENANCE.md.
 *
 * Tested on (tests/unit/arxiv-abs.test.ts, saved pages in /work/shared/fixtures/arxiv):
 * - https://arxiv.org/abs/1706.03762v7 — plain list
 * - https://arxiv.org/abs/1206.4638v1 — affiliations in parentheses between links
 * - https://arxiv.org/abs/1912.06680v1 — "OpenAI:" collaboration prefix
 * - https://arxiv.org/abs/2507.06261v6 — 3,426 authors, most in a collapsed `#long-author-list`
 * - https://arxiv.org/abs/2106.09608v2 — 2021 layout (no rel=nofollow, URL-encoded queries)
 * - https://arxiv.org/abs/hep-th/0611290v2 — old-style id, journal DOI
 * - https://arxiv.org/abs/1707.00309v2 — withdrawn version
 */
import { ARXIV_ID_RE, DOI_RE } from '../api/constants';
import { cleanDisplayName } from '../names';
import { arxivAuthorLinks } from './arxiv-authors';
import { arxivPatterns, primaryCategory } from './arxiv-hosts';
import type { DetectedPaper, SiteAdapter } from './types';

export const ARXIV_ABS_MATCHES = /* @__PURE__ */ arxivPatterns('/abs/*');

export const arxivAbs: SiteAdapter = {
  site: 'arxiv',
  id: 'arxiv-abs',
  label: 'arXiv',
  matches: ARXIV_ABS_MATCHES,
  detect: (doc) => detectArxivAbs(doc),
};

export function detectArxivAbs(doc: Document): DetectedPaper[] {
  try {
    return detect(doc);
  } catch {
    // A page we do not understand gets no badges; it must never break the page.
    return [];
  }
}

function detect(doc: Document): DetectedPaper[] {
  const arxivId = meta(doc, 'citation_arxiv_id')?.replace(/v\d+$/, '');
  if (!arxivId || !ARXIV_ID_RE.test(arxivId)) return [];
  const list = doc.querySelector('#abs div.authors');
  if (!list) return [];

  const authors = arxivAuthorLinks(list.querySelectorAll('a'));
  for (const author of authors) {
    const collapsed = author.element && collapsedContainer(author.element, list);
    if (collapsed) author.collapsedIn = collapsed;
  }
  if (authors.length === 0) return [];

  const paper: DetectedPaper = { arxivId, authors };
  const doi = meta(doc, 'citation_doi');
  if (doi && DOI_RE.test(doi)) paper.doi = doi;
  const title = meta(doc, 'citation_title');
  if (title) paper.title = cleanDisplayName(title);
  const category = primaryCategory(doc);
  if (category) paper.category = category;
  return [paper];
}

function meta(doc: Document, name: string): string | undefined {
  const value = doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
  return value ? value.trim() : undefined;
}

/** arXiv hides all but the first ~100 names of long lists in `<div id="long-author-list" style="display: none">`. */
function collapsedContainer(link: Element, list: Element): HTMLElement | undefined {
  const box = link.closest('#long-author-list');
  return box && list.contains(box) ? (box as HTMLElement) : undefined;
}
