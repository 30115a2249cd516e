/**
 * PMLR (proceedings.mlr.press): a paper page prints its authors as one line (`#authors`); a volume's
 * index gives each paper (`div.paper`) a title and an authors' line (`span.authors`). No DOIs: each
 * paper goes by title and year (the paper's date meta, or the volume heading's year).
 *
 * Tested on (tests/fixtures/pages, built from PMLR's Jekyll templates' markup):
 * https://proceedings.mlr.press/v37/ioffe15.html · https://proceedings.mlr.press/v37/
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

export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/pmlr_v37_ioffe15.from-site-markup.html', url: 'https://proceedings.mlr.press/v37/ioffe15.html', ids: ['Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift'], names: [['Sergey Ioffe', 'Christian Szegedy']] },
  { file: 'pages/pmlr_v37_index.from-site-markup.html', url: 'https://proceedings.mlr.press/v37/', ids: ['Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift', 'Unsupervised Domain Adaptation by Backpropagation', 'Show, Attend and Tell: Neural Image Caption Generation with Visual Attention'], names: [['Sergey Ioffe', 'Christian Szegedy'], ['Yaroslav Ganin', 'Victor Lempitsky'], ['Kelvin Xu', 'Jimmy Ba', 'Ryan Kiros', 'Kyunghyun Cho', 'Aaron Courville', 'Ruslan Salakhudinov', 'Rich Zemel', 'Yoshua Bengio']] },
];
