/**
 * NeurIPS proceedings (papers.nips.cc, proceedings.neurips.cc): a paper page prints its authors as one
 * italic line under the "Authors" heading; a volume's index lists each paper's title link and its
 * authors' line. Neither has a DOI: each paper goes by title and year.
 *
 * Tested on (tests/fixtures/pages, built from the proceedings site's markup):
 * https://papers.nips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html ·
 * https://papers.nips.cc/paper_files/paper/2017
 */
import { metaContent } from '../detect/meta';
import { oneLineSite, yearIn, type OneLinePaper } from '../detect/one-line-authors';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'neurips',
  label: 'NeurIPS proceedings',
  matches: ['https://papers.nips.cc/*', 'https://proceedings.neurips.cc/*'],
};

/** A volume index's rows, each with its one-line author list. */
export const selectors = { scope: 'ul.paper-list > li', names: 'span.paper-authors, i' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ oneLineSite(site, {
  claimsUrl: (url) => /^\/paper_files\/paper\/\d{4}(?:\/|$)/.test(url.pathname) || /^\/paper\/\d{4}(?:\/|$)/.test(url.pathname),
  lazy: true,
  papers(doc, url) {
    const year = yearIn(/\/paper\/(\d{4})/.exec(url.pathname)?.[1]);
    const listed: OneLinePaper[] = [...doc.querySelectorAll(selectors.scope)].flatMap((row) => {
      const authors = row.querySelector(selectors.names);
      const title = row.querySelector('a[href*="-Abstract"]')?.textContent;
      return authors && title ? [{ authors, title, year, container: row }] : [];
    });
    if (listed.length > 0) return listed;
    // A paper page: the line after the "Authors" heading.
    const heading = [...doc.querySelectorAll('h4')].find((h) => h.textContent?.trim() === 'Authors');
    const line = heading?.nextElementSibling?.matches('p') ? (heading.nextElementSibling.querySelector('i') ?? heading.nextElementSibling) : undefined;
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('h4')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) ?? year }];
  },
});

export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/neurips_2017_3f5ee243.from-site-markup.html', url: 'https://papers.nips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html', ids: ['Attention is All you Need'], names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Łukasz Kaiser', 'Illia Polosukhin']] },
  { file: 'pages/neurips_2017_index.from-site-markup.html', url: 'https://papers.nips.cc/paper_files/paper/2017', ids: ['Attention is All you Need', 'Deep Sets', 'A Unified Approach to Interpreting Model Predictions'], names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Łukasz Kaiser', 'Illia Polosukhin'], ['Manzil Zaheer', 'Satwik Kottur', 'Siamak Ravanbakhsh', 'Barnabas Poczos', 'Russ R. Salakhutdinov', 'Alexander J. Smola'], ['Scott M. Lundberg', 'Su-In Lee']] },
];
