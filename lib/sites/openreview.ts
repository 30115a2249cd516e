/**
 * OpenReview forum pages: `citation_author` metadata (what Zotero's OpenReview translator reads),
 * names in `.forum-authors` profile links. Most OpenReview papers have no DOI or arXiv id; those get
 * no badges until the service can look papers up by other identifiers.
 *
 * Tested on: https://openreview.net/forum?id=P6r9OxZ1vm (page built from the translator's test case).
 */
import { metaSite } from '../publisher-site';

export const openreview = metaSite({
  id: 'openreview',
  label: 'OpenReview',
  matches: ['https://openreview.net/*'],
  claimsUrl: (url) => url.pathname === '/forum',
});
