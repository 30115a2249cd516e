/**
 * PMLR (proceedings.mlr.press): a paper page prints its authors as one line (`#authors`); a volume's
 * index gives each paper (`div.paper`) a title and an authors' line (`span.authors`). No DOIs: each
 * paper goes by title and year (the paper's date meta, or the volume heading's year).
 *
 * Tested on (tests/fixtures/pages, built from PMLR's Jekyll templates' markup):
 * https://proceedings.mlr.press/v37/ioffe15.html · https://proceedings.mlr.press/v37/
 */
import { metaContent } from '../meta';
import { oneLineSite, yearIn, type OneLinePaper } from '../one-line-authors';
import { SITE_SELECTORS } from '../site-selectors';

const SELECTORS = SITE_SELECTORS.pmlr;

export const pmlr = oneLineSite({
  site: 'pmlr',
  id: 'pmlr',
  label: 'PMLR',
  matches: ['https://proceedings.mlr.press/*'],
  claimsUrl: (url) => /^\/v\d+\//.test(url.pathname),
  lazy: true,
  papers(doc) {
    const listed: OneLinePaper[] = [...doc.querySelectorAll(SELECTORS.scope)].flatMap((row) => {
      const authors = row.querySelector(SELECTORS.names);
      const title = row.querySelector('p.title')?.textContent;
      return authors && title ? [{ authors, title, container: row }] : [];
    });
    if (listed.length > 0) {
      const year = yearIn(doc.querySelector('h1, h2')?.textContent);
      return listed.map((p) => ({ ...p, year }));
    }
    const line = doc.querySelector('#authors');
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('h1')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) }];
  },
});
