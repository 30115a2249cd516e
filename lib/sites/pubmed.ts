/**
 * PubMed (pubmed.ncbi.nlm.nih.gov/<pmid>/): metadata spells authors "Benson DA", so names are read
 * from the visible heading list (`.inline-authors a.full-name`), in order; the expanded copy of the list
 * is not badged twice. Collaboration entries are skipped.
 */
import { listedSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'pubmed',
  label: 'PubMed',
  matches: ['https://pubmed.ncbi.nlm.nih.gov/*'],
};

export const selectors = { scope: '#full-view-heading .inline-authors', names: '.authors-list-item a.full-name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ listedSite(site, selectors, { claimsUrl: (url) => /^\/\d+\/?$/.test(url.pathname) });

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/pubmed_23193287.from-zotero-translator-and-scrapers.html', url: 'https://pubmed.ncbi.nlm.nih.gov/23193287/', ids: ['10.1093/nar/gks1195'], names: [['Dennis A Benson', 'Mark Cavanaugh', 'Karen Clark', 'Ilene Karsch-Mizrachi', 'David J Lipman', 'James Ostell', 'Eric W Sayers']] },
];
