/**
 * PubMed Central (2024+ layout at pmc.ncbi.nlm.nih.gov, and the old /pmc/ path): `citation_author`
 * found in the contributor group; the hidden "Find articles by" pop-ups repeat every name.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'pmc',
  label: 'PubMed Central',
  matches: ['https://pmc.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/pmc/*'],
};

export const selectors = { scope: '.cg, .contrib-group', names: 'a span.name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/pmc_PMC3531190.html', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/', ids: ['10.1093/nar/gks1195'], names: [['Dennis A Benson', 'Mark Cavanaugh', 'Karen Clark', 'Ilene Karsch-Mizrachi', 'David J Lipman', 'James Ostell', 'Eric W Sayers']] },
];
