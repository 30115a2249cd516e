/**
 * Semantic Scholar paper pages: `citation_author` metadata (mixed "E. Prato-Previde" / "Simona Cannas"),
 * names in the header's `a.author-list__author-name`; the DOI from the header's DOI link (or a
 * doi.org `citation_pdf_url`), since the page has no `citation_doi`.
 */
import { bareDoi, metaContent, metaDoi } from '../detect/meta';
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'semantic-scholar',
  label: 'Semantic Scholar',
  matches: ['https://www.semanticscholar.org/*'],
};

export const selectors = { scope: '[data-test-id="paper-meta-subhead"], .paper-meta', names: 'a.author-list__author-name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(
  site,
  selectors,
  {
    claimsUrl: (url) => url.pathname.startsWith('/paper/'),
    doi: (doc) =>
      metaDoi(doc) ??
      bareDoi(doc.querySelector('a.doi__link')?.textContent ?? '') ??
      bareDoi(metaContent(doc, 'citation_pdf_url') ?? ''),
  },
);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/semanticscholar_paper_crosswalk.html', url: 'https://www.semanticscholar.org/paper/Where-the-Crosswalk-Ends%3A-Mapping-Crosswalk-via-in-Moran/704dde842312c5eabb8c76ecf86b48e9fe68e4fe', ids: ['10.1177/23998083221081530'], names: [['Marcel E. Moran']] },
  { file: 'publishers/semanticscholar_paper_meow.html', url: 'https://www.semanticscholar.org/paper/What%E2%80%99s-in-a-Meow-A-Study-on-Human-Classification-of-Prato-Previde-Cannas/d1de4343d4076843583ca5826f345be6cb5cd75c', ids: ['10.3390/ani10122390'], names: [['E. Prato-Previde', 'Simona Cannas', 'C. Palestrini', 'Sara Ingraffia', 'M. Battini', 'L. A. Ludovico', 'S. Ntalampiras', 'G. Presti', 'S. Mattiello']], hidden: ['C. Palestrini', 'Sara Ingraffia', 'M. Battini', 'L. A. Ludovico', 'S. Ntalampiras', 'G. Presti'] },
];
