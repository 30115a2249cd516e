/**
 * Wiley Online Library (Atypon): `citation_author` metadata (hex entities: "E. Schr&#xf6;dinger"),
 * found in the desktop author list; the mobile copy of the list is not badged a second time.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'wiley',
  label: 'Wiley Online Library',
  matches: ['https://onlinelibrary.wiley.com/*', 'https://*.onlinelibrary.wiley.com/*'],
};

export const selectors = { scope: '.loa-wrapper.loa-authors, .loa-authors', names: 'a.author-name > span, a.author-name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/wiley_andp.19263840404_schrodinger.html', url: 'https://onlinelibrary.wiley.com/doi/abs/10.1002/andp.19263851302', ids: ['10.1002/andp.19263851302'], names: [['E. Schrödinger']] },
];
