/**
 * NeurIPS proceedings (papers.nips.cc, proceedings.neurips.cc): a paper page prints its authors as one
 * italic line under the "Authors" heading; a volume's index lists each paper's title link and its
 * authors' line. Neither has a DOI: each paper goes by title and year.
 *
 * Tested on (tests/fixtures/pages, built from the proceedings site's markup):
 * https://papers.nips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html ·
 * https://papers.nips.cc/paper_files/paper/2017
 */
import { metaContent } from '../meta';
import { oneLineSite, yearIn, type OneLinePaper } from '../one-line-authors';
import { SITE_SELECTORS } from '../site-selectors';

const SELECTORS = SITE_SELECTORS.neurips;

export const neurips = oneLineSite({
  site: 'neurips',
  id: 'neurips',
  label: 'NeurIPS proceedings',
  matches: ['https://papers.nips.cc/*', 'https://proceedings.neurips.cc/*'],
  claimsUrl: (url) => /^\/paper_files\/paper\/\d{4}(?:\/|$)/.test(url.pathname) || /^\/paper\/\d{4}(?:\/|$)/.test(url.pathname),
  lazy: true,
  papers(doc, url) {
    const year = yearIn(/\/paper\/(\d{4})/.exec(url.pathname)?.[1]);
    const listed: OneLinePaper[] = [...doc.querySelectorAll(SELECTORS.scope)].flatMap((row) => {
      const authors = row.querySelector(SELECTORS.names);
      const title = row.querySelector('a[href*="-Abstract"]')?.textContent;
      return authors && title ? [{ authors, title, year, container: row }] : [];
    });
    if (listed.length > 0) return listed;
    // A paper page: the line after the "Authors" heading.
    const heading = [...doc.querySelectorAll('h4')].find((h) => h.textContent?.trim() === 'Authors');
    const line = heading?.nextElementSibling?.matches('p') ? (heading.nextElementSibling.querySelector('i') ?? heading.nextElementSibling) : undefined;
    if (!line) return [];
    const title = metaContent(doc, 'citation_title') ?? doc.querySelector('h4')?.textContent ?? undefined;
    return [{ authors: line, title, year: yearIn(metaContent(doc, 'citation_publication_date')) ?? year }];
  },
});
