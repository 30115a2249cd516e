/**
 * IEEE Xplore document pages: no author meta tags; the page data (`xplGlobal.document.metadata`, the
 * JSON Zotero's IEEE translator reads) or the abstract's DOI line hold the DOI, and the rendered
 * author list the names.
 * The list is drawn by the page's own script after load; the content script's redraw watch picks it up.
 */
import { bareDoi, metaDoi } from '../detect/meta';
import { listedSite } from '../detect/publisher-site';
import type { SiteInfo, SiteSelectors } from '../detect/types';
import type { SiteFixture } from './site';

export const site: SiteInfo = {
  id: 'ieee-xplore',
  label: 'IEEE Xplore',
  matches: ['https://ieeexplore.ieee.org/*'],
};

export const selectors = { scope: '.authors-info-container', names: '.authors-info a[href^="/author/"] > span' } as const satisfies SiteSelectors;

export const adapter = /* @__PURE__ */ listedSite(
  site,
  selectors,
  {
    claimsUrl: (url) => /^\/(abstract\/)?document\/\d+/.test(url.pathname),
    doi: (doc) => metaDoi(doc) ?? pageDataDoi(doc) ?? bareDoi(doc.querySelector('.stats-document-abstract-doi a')?.textContent ?? ''),
  },
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

/** The pages this site is tested on, at their real URLs, with each paper's exact authors (tests/unit/site-adapters.test.ts). */
export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/ieee_6221978.from-zotero-translator.html', url: 'https://ieeexplore.ieee.org/document/6221978', ids: ['10.1109/TGRS.2012.2200045'], names: [['Devis Tuia', 'Jordi Munoz-Mari', 'Luis Gomez-Chova', 'Jesus Malo']] },
];
