/**
 * PLOS journals: `citation_author` ("Maria C Almeida") found in `#author-list a.author-name`
 * (whose text ends with a comma).
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'plos',
  label: 'PLOS',
  matches: ['https://journals.plos.org/*'],
};

export const selectors = { scope: '#author-list', names: 'a.author-name' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/plos_pone.0000001.html', url: 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001', ids: ['10.1371/journal.pone.0000001'], names: [['Maria C Almeida', 'Alexandre A Steiner', 'Luiz G S Branco', 'Andrej A Romanovsky']] },
  { file: 'publishers/plos_pone.0213978_2020.html', url: 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0213978', ids: ['10.1371/journal.pone.0213978'], names: [['Yang Li', 'Tuanjie Wang', 'Lin Wang', 'Mingjun Sun', 'Zhizhong Cui', 'Shuang Chang', 'Yongping Wu', 'Xiaodong Zhang', 'Xiaohui Yu', 'Tao Sun', 'Peng Zhao']] },
];
