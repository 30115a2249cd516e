/**
 * CVF Open Access (openaccess.thecvf.com): a paper page prints its authors as one bold italic line at the
 * head of `#authors` (the proceedings' name follows it, outside that element). No DOI: title and year.
 *
 * Tested on (tests/fixtures/pages, built from CVF Open Access's page markup):
 * https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html
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

export const adapter = /* @__PURE__ */ oneLineSite(site, {
  claimsUrl: (url) => /\/html\/[^/]+_paper\.html$/.test(url.pathname),
  papers(doc) {
    const line = doc.querySelector(selectors.names);
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('#papertitle')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) }];
  },
});

export const fixtures: readonly SiteFixture[] = [
  { file: 'pages/cvf_cvpr2016_He_Deep_Residual_Learning.from-site-markup.html', url: 'https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html', ids: ['Deep Residual Learning for Image Recognition'], names: [['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun']] },
];
