/**
 * ScienceDirect (Elsevier): no author metadata at all; the names are buttons in the author group
 * (`span.given-name` + `span.surname`), read in page order. The DOI is in `citation_doi`.
 *
 * Tested on: https://www.sciencedirect.com/science/article/pii/S2210271X18305656 (saved page)
 */
import { listedSite } from '../publisher-site';

export const sciencedirect = listedSite({
  id: 'sciencedirect',
  label: 'ScienceDirect',
  matches: ['https://www.sciencedirect.com/*'],
});
