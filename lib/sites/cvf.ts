/**
 * CVF Open Access (openaccess.thecvf.com): a paper page prints its authors as one bold italic line at the
 * head of `#authors` (the proceedings' name follows it, outside that element). A conference's listing
 * (`/CVPR2015`, `?day=…`, workshops, search results) gives each paper a `dt.ptitle` title link, then a
 * `dd` of author forms (one `form.authsearch` per name): one paper per entry, badged near the viewport.
 * No DOI anywhere: each paper goes by title and year.
 */
import { metaContent } from '../detect/meta';
import { oneLineSite, yearIn } from '../detect/one-line-authors';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'cvf',
  label: 'CVF Open Access',
  matches: ['https://openaccess.thecvf.com/*'],
};

/** One-line author lists (one-line-authors.ts splits that element only). */
export const selectors = { names: '#authors > b > i' } as const satisfies SiteSelectors;

/** A listing's rows: the title's dt, the dd of author forms right after it. */
const LISTING = { row: 'dl > dt.ptitle', authors: 'form.authsearch' };

export const adapter = /* @__PURE__ */ oneLineSite(site, {
  claimsUrl: (url) => /\/html\/[^/]+_paper\.html$/.test(url.pathname) || /^\/[A-Z]+\d{4}(?:_search|_workshops\/[^/]+)?\/?$/.test(url.pathname),
  lazy: true,
  papers(doc, url) {
    const listed = [...doc.querySelectorAll(LISTING.row)].flatMap((dt) => {
      const dd = dt.nextElementSibling;
      const title = dt.querySelector('a')?.textContent;
      // The dd of forms: each form's link is one name, split into its span like a one-line list.
      return dd?.matches('dd') && dd.querySelector(LISTING.authors) && title ? [{ authors: dd, title, year: yearIn(/(\d{4})/.exec(url.pathname)?.[1]), container: dd }] : [];
    });
    if (listed.length > 0) return listed;
    const line = doc.querySelector(selectors.names);
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('#papertitle')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) }];
  },
});

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  {
    file: 'pages/cvf_cvpr2015_Szegedy_Going_Deeper.from-public-scrapers.html',
    url: 'https://openaccess.thecvf.com/content_cvpr_2015/html/Szegedy_Going_Deeper_With_2015_CVPR_paper.html',
    ids: ['Going Deeper With Convolutions'],
    names: [['Christian Szegedy', 'Wei Liu', 'Yangqing Jia', 'Pierre Sermanet', 'Scott Reed', 'Dragomir Anguelov', 'Dumitru Erhan', 'Vincent Vanhoucke', 'Andrew Rabinovich']],
  },
  // A conference's listing: each paper's own authors (its dd of author forms), by title and the listing's year.
  {
    file: 'pages/cvf_cvpr2015_index.from-public-scrapers.html',
    url: 'https://openaccess.thecvf.com/CVPR2015?day=all',
    ids: ['Going Deeper With Convolutions', 'Propagated Image Filtering', 'Web Scale Photo Hash Clustering on A Single Machine'],
    names: [
      ['Christian Szegedy', 'Wei Liu', 'Yangqing Jia', 'Pierre Sermanet', 'Scott Reed', 'Dragomir Anguelov', 'Dumitru Erhan', 'Vincent Vanhoucke', 'Andrew Rabinovich'],
      ['Jen-Hao Rick Chang', 'Yu-Chiang Frank Wang'],
      ['Yunchao Gong', 'Marcin Pawlowski', 'Fei Yang', 'Louis Brandy', 'Lubomir Bourdev', 'Rob Fergus'],
    ],
  },
];
