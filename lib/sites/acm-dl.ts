/**
 * ACM Digital Library (Atypon, dl.acm.org/doi/…): `dc.Creator` metadata, names in `.loa__author-name`.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'acm-dl',
  label: 'ACM Digital Library',
  matches: ['https://dl.acm.org/*'],
};

export const selectors = { scope: '.loa, .contrib-metadata, ul[aria-label="authors"]', names: '.loa__author-name > span, .loa__author-name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors, { claimsUrl: (url) => url.pathname.startsWith('/doi/') });

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/acm_10.1145_1596655.1596682.from-zotero-translator.html', url: 'https://dl.acm.org/doi/10.1145/1596655.1596682', ids: ['10.1145/1596655.1596682'], names: [['Nagy Mostafa', 'Chandra Krintz']] },
];
