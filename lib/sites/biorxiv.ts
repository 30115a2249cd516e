/**
 * bioRxiv and medRxiv (HighWire): `citation_author` with `citation_author_orcid` after each author,
 * found in `.highwire-cite-authors`.
 *
 * Tested on: https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3 (saved page, ~100 authors).
 * medRxiv runs the same platform and markup; no saved medRxiv page exists.
 */
import { metaSite } from '../publisher-site';

export const biorxiv = metaSite({
  id: 'biorxiv',
  label: 'bioRxiv & medRxiv',
  matches: ['https://www.biorxiv.org/*', 'https://www.medrxiv.org/*'],
});
