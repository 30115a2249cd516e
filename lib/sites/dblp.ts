/**
 * dblp person, search and table-of-contents pages: one paper per `li.entry` (schema.org markup on each):
 * its authors are the `span[itemprop="author"]` of its `cite.data` (the person page's owner is a
 * `span.this-person`, not a link), its DOI the electronic edition's doi.org link, else its title and year
 * (the service's title path). Editors of a proceedings volume are not authors: `li.entry.editor` is skipped.
 */
import { bareDoi } from '../detect/meta';
import { nameText } from '../detect/name-elements';
import { siteAdapter } from '../detect/publisher-site';
import type { DetectedAuthor, DetectedPaper, SiteInfo, SiteSelectors } from '../detect/types';
import { isCollaborationName } from '../names';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'dblp',
  label: 'dblp',
  matches: ['https://dblp.org/*', 'https://dblp.uni-trier.de/*', 'https://dblp.dagstuhl.de/*'],
};

/** One paper per entry (editors' volumes skipped), its authors the entry's schema.org authors. */
export const selectors = { scope: 'li.entry:not(.editor)', names: 'cite.data span[itemprop="author"]' } as const satisfies SiteSelectors;
/** Inside an author: the name itself (the page owner's is a span.this-person, not a link). */
const NAME_PART = 'span[itemprop="name"], span.this-person';

export const adapter = /* @__PURE__ */ siteAdapter(site, {
  claimsUrl: (url) => /^\/(pid|pers|search|db)\b/.test(url.pathname),
  lazy: true,
  detect: (doc) => detectDblp(doc),
});

export function detectDblp(doc: Document): DetectedPaper[] {
  try {
    const papers: DetectedPaper[] = [];
    for (const entry of doc.querySelectorAll(selectors.scope)) {
      const cite = entry.querySelector('cite.data');
      if (!cite) continue;
      const authors: DetectedAuthor[] = [];
      for (const person of entry.querySelectorAll(selectors.names)) {
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

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/dblp_pid_48-4389.from-zotero-translator.html', url: 'https://dblp.org/pid/48/4389.html', ids: ['Building Dynamic Knowledge Graphs from Text using Machine Reading Comprehension', '10.1007/978-3-642-40328-6_47', '10.1109/ATS.2010.10'], names: [['Rajarshi Das', 'Tsendsuren Munkhdalai', 'Xingdi Yuan', 'Adam Trischler', 'Andrew McCallum'], ['Dominik Scheder', 'Li-Yang Tan'], ['Michael A. Kochte', 'Christian G. Zoellin', 'Rafal Baranowski', 'Michael E. Imhof', 'Hans-Joachim Wunderlich', 'Nadereh Hatami', 'Stefano Di Carlo', 'Paolo Prinetto']] },
];
