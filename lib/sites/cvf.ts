/**
 * CVF Open Access (openaccess.thecvf.com): a paper page prints its authors as one bold italic line at the
 * head of `#authors` (the proceedings' name follows it, outside that element). No DOI: title and year.
 *
 * Tested on (tests/fixtures/pages, built from CVF Open Access's page markup):
 * https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html
 */
import { metaContent } from '../meta';
import { oneLineSite, yearIn } from '../one-line-authors';
import { SITE_SELECTORS } from '../site-selectors';

export const cvf = oneLineSite({
  site: 'cvf',
  id: 'cvf',
  label: 'CVF Open Access',
  matches: ['https://openaccess.thecvf.com/*'],
  claimsUrl: (url) => /\/html\/[^/]+_paper\.html$/.test(url.pathname),
  papers(doc) {
    const line = doc.querySelector(SITE_SELECTORS.cvf.names);
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('#papertitle')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) }];
  },
});
