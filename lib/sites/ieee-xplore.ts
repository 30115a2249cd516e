/**
 * IEEE Xplore document pages: no author meta tags; the page data (`xplGlobal.document.metadata`, the
 * JSON Zotero's IEEE translator reads) or the abstract's DOI line hold the DOI, and the rendered
 * author list the names.
 * The list is drawn by the page's own script after load; the content script's redraw watch picks it up.
 *
 * Tested on: https://ieeexplore.ieee.org/document/6221978 (page built from Zotero's IEEE Xplore
 * translator and its test case; no saved IEEE page exists).
 */
import { bareDoi, metaDoi } from '../meta';
import { listedSite } from '../publisher-site';

export const ieeeXplore = listedSite(
  {
    id: 'ieee-xplore',
    label: 'IEEE Xplore',
    matches: ['https://ieeexplore.ieee.org/*'],
    claimsUrl: (url) => /^\/(abstract\/)?document\/\d+/.test(url.pathname),
  },
  (doc) => metaDoi(doc) ?? pageDataDoi(doc) ?? bareDoi(doc.querySelector('.stats-document-abstract-doi a')?.textContent ?? ''),
);

function pageDataDoi(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('global.document.metadata')) continue;
    const doi = text.match(/"doi"\s*:\s*"([^"]+)"/)?.[1];
    return doi ? bareDoi(doi) : undefined;
  }
  return undefined;
}
