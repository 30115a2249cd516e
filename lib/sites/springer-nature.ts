/**
 * Springer Nature (link.springer.com, nature.com): `citation_author`/`dc.creator` metadata ("Last, First")
 * found in `ul.c-article-author-list`; long lists hide names behind "Show authors" (CSS only, the
 * elements are there). Nature news items (`dc.type` News, a journalist as `dc.creator`) yield nothing.
 */
import { metaSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'springer-nature',
  label: 'Springer Nature',
  matches: ['https://link.springer.com/*', 'https://www.nature.com/*'],
};

/** The 2020 layout's author list, then the one before it (still served for older articles): ul.authors > li[itemprop=author] > a.person. */
export const selectors = { scope: 'ul.c-article-author-list, ul.authors', names: 'a[data-test="author-name"], li[itemprop="author"] > a.person' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ metaSite(site, selectors);

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'publishers/nature_news_article_2020.html', url: 'https://www.nature.com/articles/d41586-020-02610-z', yieldsNothing: 'a news item (dc.type News): its dc.creator is the journalist', notScholarly: true },
  { file: 'publishers/nature_s41586-021-03819-2.html', url: 'https://www.nature.com/articles/s41586-021-03819-2', ids: ['10.1038/s41586-021-03819-2'], names: [null] },
  { file: 'publishers/springer_BF02727953.html', url: 'https://link.springer.com/article/10.1007/BF02727953', ids: ['10.1007/BF02727953'], names: [['J. M. Leinaas', 'J. Myrheim']] },
  { file: 'pages/springer_s10040-009-0439-x.pre-2020-layout.from-zotero-translator.html', url: 'https://link.springer.com/article/10.1007/s10040-009-0439-x', ids: ['10.1007/s10040-009-0439-x'], names: [['Xiaolong Geng', 'Hailong Li', 'Michel C. Boufadel', 'Shuang Liu']] },
  { file: 'publishers/springer_s10924-010-0192-1.html', url: 'https://link.springer.com/article/10.1007/s10924-010-0192-1', ids: ['10.1007/s10924-010-0192-1'], names: [['Sanchita Bandyopadhyay-Ghosh', 'Robert Jeng', 'Joydeep Mukherjee', 'Mohini Sain']] },
];
