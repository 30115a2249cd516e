/**
 * JSTOR stable pages (www.jstor.org/stable/<id>): no author metadata in the head (Zotero's JSTOR
 * translator fetches RIS instead); the page prints its authors as one line ("A, B and C") under the
 * title. The DOI is JSTOR's 10.2307/<id>, from the canonical link as the translator reads it. An issue's
 * table of contents (/stable/i<id>) lists its articles as `.toc-item` rows (the translator's "multiple"
 * case), each with its own one-line author list and /stable/<id> link: one paper per row, badged near
 * the viewport; a row without authors (front matter) gives nothing.
 */
import { bareDoi, metaDoi } from '../detect/meta';
import { oneLineSite } from '../detect/one-line-authors';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'jstor',
  label: 'JSTOR',
  matches: ['https://www.jstor.org/*'],
};

/** The item's one-line author list (one-line-authors.ts splits that element only). */
export const selectors = { scope: '.content-meta-data', names: '[data-qa="item-authors"]' } as const satisfies SiteSelectors;

/** A table of contents' rows, as JSTOR.js reads them: the row, its title, its article's link. */
const TOC = { row: '.toc-item', title: 'toc-view-pharos-link, .small-heading, .title', link: '[href*="/stable/"]' };

/** JSTOR's DOI for a /stable/ link: the DOI itself, or 10.2307/<id> for a bare JSTOR id (as JSTOR.js's getJID). */
function jstorDoi(href: string): string | undefined {
  const jid = /\/stable\/(?:info\/)?(10\.\d+\/[^?#]+|[a-z0-9.]+)/i.exec(decodeURIComponent(href))?.[1];
  return jid ? bareDoi(jid.startsWith('10.') ? jid : `10.2307/${jid}`) : undefined;
}

export const adapter = /* @__PURE__ */ oneLineSite(site, {
  claimsUrl: (url) => /^\/stable\/(?!pdf\/)/.test(url.pathname),
  lazy: true,
  papers(doc, url) {
    const rows = [...doc.querySelectorAll(TOC.row)].flatMap((row) => {
      const line = row.querySelector(selectors.names);
      const href = row.querySelector(TOC.link)?.getAttribute('href');
      const doi = href ? jstorDoi(href) : undefined;
      return line && doi ? [{ authors: line, doi, title: row.querySelector(TOC.title)?.textContent ?? undefined, container: row }] : [];
    });
    if (rows.length > 0) return rows;
    const line = doc.querySelector(`${selectors.scope} ${selectors.names}`);
    if (!line) return [];
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url.href;
    const doi = metaDoi(doc) ?? jstorDoi(canonical);
    const title = doc.querySelector(`${selectors.scope} [data-qa="item-title"]`)?.textContent ?? undefined;
    return [{ authors: line, doi, title }];
  },
});

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/jstor_1593514.from-zotero-translator.html', url: 'https://www.jstor.org/stable/1593514', ids: ['10.2307/1593514'], names: [['I. H. Dimier-Poisson', 'D. T. Bout', 'P. Quéré']] },
  // An issue's table of contents: each article's own authors, its JSTOR DOI from its row's link; front matter gives nothing.
  {
    file: 'pages/jstor_toc_i250748.from-zotero-translator.html',
    url: 'https://www.jstor.org/stable/i250748',
    ids: ['10.2307/1593514', '10.2307/40398803', '10.2307/29533951'],
    names: [['I. H. Dimier-Poisson', 'D. T. Bout', 'P. Quéré'], ['Wonseok Oh', 'Jin Nam Choi', 'Kimin Kim'], ['Katherine Fusco']],
  },
];
