/**
 * bioRxiv and medRxiv (HighWire): `citation_author` with `citation_author_orcid` after each author,
 * found in `.highwire-cite-authors`.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'biorxiv',
  label: 'bioRxiv & medRxiv',
  matches: ['https://www.biorxiv.org/*', 'https://www.medrxiv.org/*'],
};

export const selectors = { scope: '.highwire-cite-authors', names: 'span.highwire-citation-author' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/biorxiv_2020.03.22.002386v3.html', url: 'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3', ids: ['10.1101/2020.03.22.002386'], names: [null] },
];
