/**
 * NeurIPS proceedings (papers.nips.cc, proceedings.neurips.cc): a paper page prints its authors as one
 * italic line under the "Authors" heading; a volume's index lists each paper's title link and its
 * authors' line. Neither has a DOI: each paper goes by title and year.
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

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  {
    file: 'pages/neurips_2009_2387337b.from-zotero-translator.html',
    url: 'https://proceedings.neurips.cc/paper/2009/hash/2387337ba1e0b0249ba90f55b2ba2521-Abstract.html',
    ids: ['Information-theoretic lower bounds on the oracle complexity of convex optimization'],
    names: [['Alekh Agarwal', 'Martin J Wainwright', 'Peter Bartlett', 'Pradeep Ravikumar']],
  },
  // A volume index: each paper's own authors, never the volume's editors; the row without authors is skipped.
  {
    file: 'pages/neurips_2009_index.from-zotero-translator.html',
    url: 'https://proceedings.neurips.cc/paper/2009',
    ids: ['Monte Carlo Sampling for Regret Minimization in Extensive Games', 'Zero-shot Learning with Semantic Output Codes', 'Information-theoretic lower bounds on the oracle complexity of convex optimization'],
    names: [
      ['Marc Lanctot', 'Kevin Waugh', 'Martin Zinkevich', 'Michael Bowling'],
      ['Mark Palatucci', 'Dean Pomerleau', 'Geoffrey E. Hinton', 'Tom M. Mitchell'],
      ['Alekh Agarwal', 'Martin J. Wainwright', 'Peter Bartlett', 'Pradeep Ravikumar'],
    ],
  },
];
