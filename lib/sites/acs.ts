/**
 * ACS Publications (Atypon): `dc.Creator` with double spaces ("B. J.  Lawrie"), names in
 * `ul.loa span.hlFld-ContribAuthor` (whose affiliation pop-up and "*" mark are not the name).
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'acs',
  label: 'ACS Publications',
  matches: ['https://pubs.acs.org/*'],
};

export const selectors = { scope: 'ul.loa', names: 'span.hlFld-ContribAuthor', ignore: '.loa-info, strong, sup' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/acs_acsphotonics_quantum-sensing.html', url: 'https://pubs.acs.org/doi/10.1021/acsphotonics.9b00250', ids: ['10.1021/acsphotonics.9b00250'], names: [['B. J. Lawrie', 'P. D. Lett', 'A. M. Marino', 'R. C. Pooser']] },
];
