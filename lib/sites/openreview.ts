/**
 * OpenReview forum pages: `citation_author` metadata (what Zotero's OpenReview translator reads),
 * names in `.forum-authors` profile links. Most OpenReview papers have no DOI or arXiv id; those get
 * no badges until the service can look papers up by other identifiers.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'openreview',
  label: 'OpenReview',
  matches: ['https://openreview.net/*'],
};

export const selectors = { scope: '.forum-authors', names: 'a' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors, { claimsUrl: (url) => url.pathname === '/forum' });

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/openreview_P6r9OxZ1vm.from-zotero-translator.html', url: 'https://openreview.net/forum?id=P6r9OxZ1vm', yieldsNothing: 'no DOI or arXiv id to look up' },
];
