/**
 * PMLR (proceedings.mlr.press): a paper page prints its authors as one line (`#authors`); a volume's
 * index gives each paper (`div.paper`) a title and an authors' line (`span.authors`). No DOIs: each
 * paper goes by title and year (the paper's date meta, or the volume heading's year).
 */
import { metaContent } from '../detect/meta';
import { oneLineSite, yearIn, type OneLinePaper } from '../detect/one-line-authors';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'pmlr',
  label: 'PMLR',
  matches: ['https://proceedings.mlr.press/*'],
};

/** A volume index's papers, each with its one-line author list. */
export const selectors = { scope: 'div.paper', names: 'span.authors' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ oneLineSite(site, {
  claimsUrl: (url) => /^\/v\d+\//.test(url.pathname),
  lazy: true,
  papers(doc) {
    const listed: OneLinePaper[] = [...doc.querySelectorAll(selectors.scope)].flatMap((row) => {
      const authors = row.querySelector(selectors.names);
      const title = row.querySelector('p.title')?.textContent;
      return authors && title ? [{ authors, title, container: row }] : [];
    });
    if (listed.length > 0) {
      const year = yearIn(doc.querySelector('h1, h2')?.textContent);
      return listed.map((p) => ({ ...p, year }));
    }
    const line = doc.querySelector('#authors');
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('h1')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) }];
  },
});

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  {
    file: 'pages/pmlr_v130_lyle21a.from-zotero-translator.html',
    url: 'https://proceedings.mlr.press/v130/lyle21a.html',
    ids: ['On the Effect of Auxiliary Tasks on Representation Dynamics'],
    names: [['Clare Lyle', 'Mark Rowland', 'Georg Ostrovski', 'Will Dabney']],
  },
  // A volume index: each paper's own authors, never the volume's editors.
  {
    file: 'pages/pmlr_v130_index.from-zotero-translator.html',
    url: 'https://proceedings.mlr.press/v130/',
    ids: ['On the Effect of Auxiliary Tasks on Representation Dynamics'],
    names: [['Clare Lyle', 'Mark Rowland', 'Georg Ostrovski', 'Will Dabney']],
  },
];
