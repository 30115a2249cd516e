/**
 * PeerJ: `citation_author` metadata, names in `.article-authors` (the author-contribution section
 * further down names everyone again and is not badged).
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'peerj',
  label: 'PeerJ',
  matches: ['https://peerj.com/*'],
};

export const selectors = { scope: '.article-authors', names: '.contrib span.name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/peerj_4375.html', url: 'https://peerj.com/articles/4375/', ids: ['10.7717/peerj.4375'], names: [['Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias', 'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein']] },
  { file: 'publishers/peerj_fallback.html', url: 'https://peerj.com/articles/4886/', ids: ['10.7717/peerj.4886'], names: [['Michael J. Emslie', 'Alistair J. Cheal', 'M. Aaron MacNeil', 'Ian R. Miller', 'Hugh P.A. Sweatman']] },
];
