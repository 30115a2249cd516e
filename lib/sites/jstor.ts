/**
 * JSTOR stable pages (www.jstor.org/stable/<id>): no author metadata in the head (Zotero's JSTOR
 * translator fetches RIS instead); the page prints its authors as one line ("A, B and C") under the
 * title. The DOI is JSTOR's 10.2307/<id>, from the canonical link as the translator reads it.
 *
 * Tested on (tests/fixtures/pages, built from Zotero's "JSTOR.js" test case and JSTOR's item markup):
 * https://www.jstor.org/stable/1593514
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

export const adapter = /* @__PURE__ */ oneLineSite(site, {
  claimsUrl: (url) => /^\/stable\/(?!pdf\/)/.test(url.pathname),
  papers(doc, url) {
    const line = doc.querySelector(`${selectors.scope} ${selectors.names}`);
    if (!line) return [];
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url.href;
    const jid = /\/stable\/(?:info\/)?(10\.\d+\/[^?#]+|[a-z0-9.]+)/i.exec(decodeURIComponent(canonical))?.[1];
    const doi = metaDoi(doc) ?? (jid ? bareDoi(jid.startsWith('10.') ? jid : `10.2307/${jid}`) : undefined);
    const title = doc.querySelector(`${selectors.scope} [data-qa="item-title"]`)?.textContent ?? undefined;
    return [{ authors: line, doi, title }];
  },
});

export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/jstor_1593514.from-zotero-translator.html', url: 'https://www.jstor.org/stable/1593514', ids: ['10.2307/1593514'], names: [['I. H. Dimier-Poisson', 'D. T. Bout', 'P. Quéré']] },
];
