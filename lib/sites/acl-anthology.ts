/**
 * ACL Anthology: minified HTML with unquoted, content-first meta tags
 * (`<meta content="Teven Le Scao" name=citation_author>`); names in `p.lead` links. Old papers have no
 * DOI (N04-1001): without an identifier there is nothing to look up, so no badges.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'acl-anthology',
  label: 'ACL Anthology',
  matches: ['https://aclanthology.org/*'],
};

export const selectors = { names: 'p.lead > a' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/aclanthology_2021.naacl-main.208.html', url: 'https://aclanthology.org/2021.naacl-main.208/', ids: ['10.18653/v1/2021.naacl-main.208'], names: [['Teven Le Scao', 'Alexander Rush']] },
  { file: 'publishers/aclanthology_N04-1001.html', url: 'https://aclanthology.org/N04-1001/', yieldsNothing: 'no DOI or arXiv id to look up' },
];
