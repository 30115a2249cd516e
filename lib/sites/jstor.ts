/**
 * JSTOR stable pages (www.jstor.org/stable/<id>): no author metadata in the head (Zotero's JSTOR
 * translator fetches RIS instead); the page prints its authors as one line ("A, B and C") under the
 * title. The DOI is JSTOR's 10.2307/<id>, from the canonical link as the translator reads it.
 *
 * Tested on (tests/fixtures/pages, built from Zotero's "JSTOR.js" test case and JSTOR's item markup):
 * https://www.jstor.org/stable/1593514
 */
import { bareDoi, metaDoi } from '../meta';
import { oneLineSite } from '../one-line-authors';
import { SITE_SELECTORS } from '../site-selectors';

export const jstor = oneLineSite({
  site: 'jstor',
  id: 'jstor',
  label: 'JSTOR',
  matches: ['https://www.jstor.org/*'],
  claimsUrl: (url) => /^\/stable\/(?!pdf\/)/.test(url.pathname),
  papers(doc, url) {
    const line = doc.querySelector(`${SITE_SELECTORS.jstor.scope} ${SITE_SELECTORS.jstor.names}`);
    if (!line) return [];
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url.href;
    const jid = /\/stable\/(?:info\/)?(10\.\d+\/[^?#]+|[a-z0-9.]+)/i.exec(decodeURIComponent(canonical))?.[1];
    const doi = metaDoi(doc) ?? (jid ? bareDoi(jid.startsWith('10.') ? jid : `10.2307/${jid}`) : undefined);
    const title = doc.querySelector(`${SITE_SELECTORS.jstor.scope} [data-qa="item-title"]`)?.textContent ?? undefined;
    return [{ authors: line, doi, title }];
  },
});
