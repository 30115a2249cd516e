/**
 * Semantic Scholar paper pages: `citation_author` metadata (mixed "E. Prato-Previde" / "Simona Cannas"),
 * names in the header's `a.author-list__author-name`; the DOI from the header's DOI link (or a
 * doi.org `citation_pdf_url`), since the page has no `citation_doi`.
 *
 * Tested on (saved pages): https://www.semanticscholar.org/paper/…/d1de4343d4076843583ca5826f345be6cb5cd75c
 * (8 authors) · https://www.semanticscholar.org/paper/…/704dde842312c5eabb8c76ecf86b48e9fe68e4fe (1 author)
 */
import { bareDoi, metaContent, metaDoi } from '../meta';
import { metaSite } from '../publisher-site';

export const semanticScholar = metaSite(
  {
    id: 'semantic-scholar',
    label: 'Semantic Scholar',
    matches: ['https://www.semanticscholar.org/*'],
    claimsUrl: (url) => url.pathname.startsWith('/paper/'),
  },
  {
    doi: (doc) =>
      metaDoi(doc) ??
      bareDoi(doc.querySelector('a.doi__link')?.textContent ?? '') ??
      bareDoi(metaContent(doc, 'citation_pdf_url') ?? ''),
  },
);
