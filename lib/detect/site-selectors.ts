/**
 * Where each publisher shows its authors: the part of a site's markup that changes most often, kept
 * as data (Dark Reader style) and checked by tests/unit/site-selectors.test.ts (every selector parses,
 * every entry is used by an adapter and finds its authors on the site's saved pages). Sorted by id.
 *
 * - `names`: elements that each show one author's name (a badge goes right after the one matched).
 * - `scope`: the paper's own author list, when names also appear elsewhere (mobile copies, pop-ups).
 * - `ignore`: parts of a name element that are not the name (affiliation pop-ups inside the link).
 */
export interface SiteSelectors {
  names: string;
  scope?: string;
  ignore?: string;
  exclude?: string;
}

export const SITE_SELECTORS = {
  'acl-anthology': { names: 'p.lead > a' },
  'acm-dl': { scope: '.loa, .contrib-metadata, ul[aria-label="authors"]', names: '.loa__author-name > span, .loa__author-name' },
  acs: { scope: 'ul.loa', names: 'span.hlFld-ContribAuthor', ignore: '.loa-info, strong, sup' },
  biorxiv: { scope: '.highwire-cite-authors', names: 'span.highwire-citation-author' },
  // One-line author lists (one-line-authors.ts splits that element only): CVF's, JSTOR's, NeurIPS's and PMLR's (papers and index rows).
  cvf: { names: '#authors > b > i' },
  // Listings (one paper per scope element): dblp entries (editors' volumes skipped), Scholar results' byline.
  dblp: { scope: 'li.entry:not(.editor)', names: 'cite.data span[itemprop="author"]' },
  'google-scholar': { scope: '.gs_r[data-cid]', names: '.gs_a > a' },
  'ieee-xplore': { scope: '.authors-info-container', names: '.authors-info a[href^="/author/"] > span' },
  jstor: { scope: '.content-meta-data', names: '[data-qa="item-authors"]' },
  neurips: { scope: 'ul.paper-list > li', names: 'span.paper-authors, i' },
  openreview: { scope: '.forum-authors', names: 'a' },
  peerj: { scope: '.article-authors', names: '.contrib span.name' },
  plos: { scope: '#author-list', names: 'a.author-name' },
  pmc: { scope: '.cg, .contrib-group', names: 'a span.name' },
  pmlr: { scope: 'div.paper', names: 'span.authors' },
  pubmed: { scope: '#full-view-heading .inline-authors', names: '.authors-list-item a.full-name' },
  sciencedirect: { scope: '#author-group, .author-group', names: 'button[data-xocs-content-type="author"]', ignore: 'svg, .author-ref, sup' },
  'semantic-scholar': { scope: '[data-test-id="paper-meta-subhead"], .paper-meta', names: 'a.author-list__author-name' },
  // The 2020 layout, then the one before it (still served for older articles): ul.authors > li[itemprop=author] > a.person.
  'springer-nature': { scope: 'ul.c-article-author-list, ul.authors', names: 'a[data-test="author-name"], li[itemprop="author"] > a.person' },
  'taylor-francis': { scope: '.literatumAuthors, .publicationContentAuthors', names: 'a.entryAuthor', ignore: '.overlay' },
  wiley: { scope: '.loa-wrapper.loa-authors, .loa-authors', names: 'a.author-name > span, a.author-name' },
} as const satisfies Record<string, SiteSelectors>;

export type SiteId = keyof typeof SITE_SELECTORS;
