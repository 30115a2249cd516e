/**
 * Google Scholar results: one paper per `.gs_r[data-cid]`; its authors are the `div.gs_a` line's names
 * before the first " - " (linked ones are Scholar profiles and get the badge; unlinked ones are sent
 * for alignment but have no element of their own). A truncated list ("…") gives only the names shown;
 * its title (h3.gs_rt, without the [PDF]/[BOOK] marks) and year go to the service's title path, unless
 * the title is truncated too.
 *
 * Profile pages (`/citations?user=…`): one paper per `tr.gsc_a_tr`, its authors the row's first gray line
 * ("A Vaswani, N Shazeer, ..."), split into per-name spans inside that line only (one-line-authors.ts);
 * a truncated line gives only the names shown. Title and year go to the title path.
 */
import { authorsInLine, yearIn } from '../detect/one-line-authors';
import { siteAdapter } from '../detect/publisher-site';
import type { DetectedAuthor, DetectedPaper, SiteInfo, SiteSelectors } from '../detect/types';
import { cleanDisplayName, isCollaborationName } from '../names';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'google-scholar',
  label: 'Google Scholar',
  matches: ['https://scholar.google.com/*'],
};

/** Results: one paper per result, its byline's profile links. */
export const selectors = { scope: '.gs_r[data-cid]', names: '.gs_a > a' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ siteAdapter(site, {
  claimsUrl: (url) => url.pathname === '/scholar' || isProfile(url),
  lazy: true,
  detect: (doc, url) => (isProfile(url) ? detectScholarProfile(doc) : detectScholar(doc)),
});

/** A profile's list of works (not one work's own page, `view_op=view_citation`). */
function isProfile(url: URL): boolean {
  const view = url.searchParams.get('view_op');
  return url.pathname === '/citations' && url.searchParams.has('user') && (view === null || view === 'list_works');
}

/** A profile row: its title link, its authors' gray line (the first; the second is the venue), its year. */
const PROFILE = { row: 'tr.gsc_a_tr', title: 'a.gsc_a_at', authors: 'td.gsc_a_t > div.gs_gray', year: 'td.gsc_a_y .gsc_a_h' };

export function detectScholarProfile(doc: Document): DetectedPaper[] {
  const papers: DetectedPaper[] = [];
  for (const row of doc.querySelectorAll(PROFILE.row)) {
    try {
      const line = row.querySelector(PROFILE.authors);
      const title = cleanDisplayName(row.querySelector(PROFILE.title)?.textContent ?? '');
      if (!line || !title || ELLIPSIS.test(title)) continue;
      const authors = authorsInLine(line);
      if (authors.length === 0) continue;
      const paper: DetectedPaper = { title, authors, container: row };
      const year = yearIn(row.querySelector(PROFILE.year)?.textContent);
      if (year) paper.year = year;
      papers.push(paper);
    } catch {
      // One odd row never costs the others their badges.
    }
  }
  return papers;
}

const ELLIPSIS = /(?:…|\.\.\.)\s*$/;
/** The byline's own links (profiles), as the site table names them relative to the row. */
const PROFILE_LINK = selectors.names.replace(/^\.gs_a > /, '');

export function detectScholar(doc: Document): DetectedPaper[] {
  try {
    const papers: DetectedPaper[] = [];
    for (const row of doc.querySelectorAll(selectors.scope)) {
      const line = row.querySelector('.gs_a');
      const heading = row.querySelector('h3.gs_rt');
      if (!line || !heading) continue;
      const authors = authorsOf(line);
      if (authors.length === 0) continue;
      const copy = heading.cloneNode(true) as Element;
      copy.querySelectorAll('.gs_ctc, .gs_ctu, .gs_ct1, .gs_ct2').forEach((el) => el.remove());
      const title = cleanDisplayName(copy.textContent ?? '');
      // A truncated title can never equal the work's: no title path for it.
      if (!title || ELLIPSIS.test(title)) continue;
      const paper: DetectedPaper = { title, authors, container: row };
      const year = (line.textContent ?? '').split(' - ')[1]?.match(/\b(1[89]\d\d|20\d\d)\b/)?.[1];
      if (year) paper.year = Number(year);
      papers.push(paper);
    }
    return papers;
  } catch {
    return [];
  }
}

/** The names before the first " - ", in order; a link's name is the link (its badge's place). */
function authorsOf(line: Element): DetectedAuthor[] {
  const authors: DetectedAuthor[] = [];
  let text = '';
  let done = false;
  const flush = (element?: Element) => {
    for (const part of text.split(',')) {
      const name = cleanDisplayName(part.replace(ELLIPSIS, ''));
      if (name && !isCollaborationName(name)) authors.push({ name, position: authors.length + 1, ...(element ? { element } : {}) });
    }
    text = '';
  };
  for (const node of line.childNodes) {
    if (done) break;
    if (node.nodeType === 1 && (node as Element).matches(PROFILE_LINK)) {
      flush();
      const name = cleanDisplayName((node.textContent ?? '').replace(ELLIPSIS, ''));
      if (name) authors.push({ name, position: authors.length + 1, element: node as Element });
      continue;
    }
    const value = node.textContent ?? '';
    const dash = value.indexOf(' - ');
    const dashAlt = value.indexOf('\u00a0- ');
    const cut = [dash, dashAlt].filter((i) => i >= 0).sort((a, b) => a - b)[0];
    if (cut !== undefined) {
      text += value.slice(0, cut);
      done = true;
    } else text += value;
    // Separators between linked names (", ") leave nothing behind once flushed.
    if (done || /[^,\s…]/.test(text.replace(ELLIPSIS, ''))) flush();
  }
  if (text.trim()) flush();
  return authors;
}

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/google-scholar_results.from-zotero-translator-and-scrapers.html', url: 'https://scholar.google.com/scholar?q=attention+is+all+you+need', ids: ['Attention is all you need', 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles'], names: [['A Vaswani', 'N Shazeer', 'N Parmar'], ['H Piwowar', 'J Priem', 'V Larivière']], hidden: ['N Parmar'] },
  { file: 'pages/google-scholar_profile.from-zotero-translator-and-scrapers.html', url: 'https://scholar.google.com/citations?user=oR9sCGYAAAAJ&hl=en', ids: ['Attention is all you need', 'Self-attention with relative position representations', 'Image transformer', 'Tensor2tensor for neural machine translation'], names: [['A Vaswani', 'N Shazeer', 'N Parmar', 'J Uszkoreit', 'L Jones', 'AN Gomez'], ['P Shaw', 'J Uszkoreit', 'A Vaswani'], ['N Parmar', 'A Vaswani', 'J Uszkoreit', 'Ł Kaiser', 'N Shazeer', 'A Ku', 'D Tran'], ['A Vaswani', 'S Bengio', 'E Brevdo', 'F Chollet', 'AN Gomez', 'S Gouws', 'L Jones']] },
];
