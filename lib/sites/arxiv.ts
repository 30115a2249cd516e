/**
 * arXiv: abstract pages, listings (new, recent, past week, catch-up, author pages), search results and
 * HTML full text, each read by its adapter in lib/detect/arxiv-*.ts (the arXiv parsing is shared there);
 * the page's URL picks the adapter. The saved abstract pages are tested in tests/unit/arxiv-abs.test.ts.
 */
import { arxivAbs } from '../detect/arxiv-abs';
import { arxivPatterns } from '../detect/arxiv-hosts';
import { arxivHtml } from '../detect/arxiv-html';
import { arxivListing } from '../detect/arxiv-listing';
import { arxivSearch } from '../detect/arxiv-search';
import type { SiteAdapter, SiteInfo } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'arxiv',
  label: 'arXiv',
  matches: /* @__PURE__ */ arxivPatterns('/abs/*', '/list/*', '/catchup*', '/a/*', '/search/*', '/html/*'),
};

/** In the order the arXiv content script tries them. */
export const adapters: readonly SiteAdapter[] = [arxivAbs, arxivListing, arxivSearch, arxivHtml];

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/arxiv_list_cs.AI_new.from-arxiv-browse-template.html', url: 'https://arxiv.org/list/cs.AI/new', adapter: 'arxiv-listing', ids: ['1706.03762', '1912.06680', '1512.03385', '2106.09608', '2005.14165', '2501.00007'], names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin'], ['Christopher Berner', 'Greg Brockman', 'Brooke Chan'], ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'], ['Prithviraj Ammanabrolu', 'Mark O. Riedl'], ['Tom B. Brown', 'Benjamin Mann', 'Nick Ryder', 'Melanie Subbiah', 'Jared Kaplan'], ['Ada Abbott']] },
  { file: 'pages/arxiv_list_hep-th_pastweek.pre-2024-layout.from-third-party-parser-docs.html', url: 'https://arxiv.org/list/hep-th/pastweek?show=25', adapter: 'arxiv-listing', ids: ['hep-th/0611290', '1103.4487'], names: [['T. Brown', 'R. de Mello Koch', 'S. Ramgoolam', 'N. Toumbas'], ['Dan C. Cireşan', 'Ueli Meier']] },
  { file: 'pages/arxiv_a_krogan_n_1.from-arxiv-browse-author-template.html', url: 'https://arxiv.org/a/krogan_n_1', adapter: 'arxiv-listing', ids: ['2003.05075'], names: [['David E. Gordon', 'Gwendolyn M. Jang', 'Nevan J. Krogan']] },
  { file: 'pages/arxiv_search_all.from-arxiv-search-template.html', url: 'https://arxiv.org/search/?query=attention&searchtype=all', adapter: 'arxiv-search', ids: ['1706.03762', 'hep-th/0611290'], names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'], ['T. Brown', 'R. de Mello Koch']] },
  { file: 'pages/arxiv_html_1706.03762v7.from-latexml-structure.html', url: 'https://arxiv.org/html/1706.03762v7', adapter: 'arxiv-html', ids: ['1706.03762'], names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar']] },
];
