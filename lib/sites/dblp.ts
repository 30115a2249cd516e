/**
 * dblp person, search and table-of-contents pages: one paper per `li.entry` (schema.org markup on each):
 * its authors are the `span[itemprop="author"]` of its `cite.data` (the person page's owner is a
 * `span.this-person`, not a link), its DOI the electronic edition's doi.org link, else its title and year
 * (the service's title path). Editors of a proceedings volume are not authors: `li.entry.editor` is skipped.
 *
 * Tested on (tests/fixtures/pages, built from Zotero's "DBLP Computer Science Bibliography.js" test cases
 * and dblp's entry markup): https://dblp.org/pid/48/4389.html · https://dblp.org/db/conf/ats/ats2010.html ·
 * https://dblp.org/search?q=structural+faults
 */
import { isCollaborationName } from '../../names';
import { bareDoi } from '../meta';
import { nameText } from '../name-elements';
import { SITE_SELECTORS } from '../site-selectors';
import type { DetectedAuthor, DetectedPaper, SiteAdapter } from '../types';

const SELECTORS = SITE_SELECTORS.dblp;
/** Inside an author: the name itself (the page owner's is a span.this-person, not a link). */
const NAME_PART = 'span[itemprop="name"], span.this-person';

export const dblp: SiteAdapter = {
  site: 'dblp',
  id: 'dblp',
  label: 'dblp',
  matches: ['https://dblp.org/*', 'https://dblp.uni-trier.de/*', 'https://dblp.dagstuhl.de/*'],
  claimsUrl: (url) => /^\/(pid|pers|search|db)\b/.test(url.pathname),
  lazy: true,
  detect: (doc) => detectDblp(doc),
};

export function detectDblp(doc: Document): DetectedPaper[] {
  try {
    const papers: DetectedPaper[] = [];
    for (const entry of doc.querySelectorAll(SELECTORS.scope)) {
      const cite = entry.querySelector('cite.data');
      if (!cite) continue;
      const authors: DetectedAuthor[] = [];
      for (const person of entry.querySelectorAll(SELECTORS.names)) {
        const element = person.querySelector(NAME_PART) ?? person;
        const name = nameText(element);
        if (!name || isCollaborationName(name)) continue;
        authors.push({ name, position: authors.length + 1, element });
      }
      if (authors.length === 0) continue;
      const paper: DetectedPaper = { authors, container: entry };
      const doi = [...entry.querySelectorAll('nav.publ a[href*="doi.org/10."]')].map((a) => bareDoi(decodeURIComponent(a.getAttribute('href') ?? ''))).find(Boolean);
      if (doi) paper.doi = doi;
      const title = (cite.querySelector('span.title')?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
      if (title) paper.title = title;
      const year = Number(cite.querySelector('[itemprop="datePublished"]')?.textContent?.trim());
      if (Number.isInteger(year) && year > 1000) paper.year = year;
      if (paper.doi || paper.title) papers.push(paper);
    }
    return papers;
  } catch {
    return [];
  }
}
