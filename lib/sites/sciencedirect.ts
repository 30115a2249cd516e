/**
 * ScienceDirect (Elsevier): no author metadata at all; the names are buttons in the author group
 * (`span.given-name` + `span.surname`), read in page order. The DOI is in `citation_doi`.
 */
import { listedSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'sciencedirect',
  label: 'ScienceDirect',
  matches: ['https://www.sciencedirect.com/*'],
};

export const selectors = { scope: '#author-group, .author-group', names: 'button[data-xocs-content-type="author"]', ignore: 'svg, .author-ref, sup' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ listedSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/sciencedirect_S2210271X18305656.html', url: 'https://www.sciencedirect.com/science/article/pii/S2210271X18305656', ids: ['10.1016/j.comptc.2018.10.004'], names: [['Kati Finzel']] },
];
