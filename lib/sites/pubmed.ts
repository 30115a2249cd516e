/**
 * PubMed (pubmed.ncbi.nlm.nih.gov/<pmid>/): metadata spells authors "Benson DA", so names are read
 * from the visible heading list (`.inline-authors a.full-name`), in order; the expanded copy of the list
 * is not badged twice. Collaboration entries are skipped.
 *
 * Tested on: https://pubmed.ncbi.nlm.nih.gov/23193287/ (page built from the structure Zotero's PubMed
 * translator and public scrapers document; no saved PubMed page exists).
 */
import { listedSite } from '../publisher-site';

export const pubmed = listedSite({
  id: 'pubmed',
  label: 'PubMed',
  matches: ['https://pubmed.ncbi.nlm.nih.gov/*'],
  claimsUrl: (url) => /^\/\d+\/?$/.test(url.pathname),
});
