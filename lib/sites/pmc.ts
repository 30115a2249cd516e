/**
 * PubMed Central (2024+ layout at pmc.ncbi.nlm.nih.gov, and the old /pmc/ path): `citation_author`
 * found in the contributor group; the hidden "Find articles by" pop-ups repeat every name.
 *
 * Tested on: https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/ (saved page)
 */
import { metaSite } from '../publisher-site';

export const pmc = metaSite({
  id: 'pmc',
  label: 'PubMed Central',
  matches: ['https://pmc.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/pmc/*'],
});
