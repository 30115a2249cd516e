/**
 * Taylor & Francis Online (Atypon): `dc.Creator` padded with spaces (" Jean-Paul    Malrieu "), the
 * DOI in `dc.Identifier scheme="doi"`, names in `a.entryAuthor` (whose affiliation pop-up is not the
 * name). Cloudflare's "Just a moment…" challenge page has no metadata and yields nothing.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'taylor-francis',
  label: 'Taylor & Francis Online',
  matches: ['https://www.tandfonline.com/*'],
};

export const selectors = { scope: '.literatumAuthors, .publicationContentAuthors', names: 'a.entryAuthor', ignore: '.overlay' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/tandfonline_cloudflare_challenge.html', url: 'https://www.tandfonline.com/doi/full/10.1080/23311932.2015.1117749', yieldsNothing: 'Cloudflare\'s challenge page: no metadata', notScholarly: true },
  { file: 'publishers/tandfonline_moller-plesset.html', url: 'https://www.tandfonline.com/doi/full/10.1080/00268976.2013.788745', ids: ['10.1080/00268976.2013.788745'], names: [['Jean-Paul Malrieu', 'Celestino Angeli']] },
];
