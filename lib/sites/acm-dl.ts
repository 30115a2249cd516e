/**
 * ACM Digital Library (Atypon, dl.acm.org/doi/…): `dc.Creator` metadata, names in `.loa__author-name`.
 *
 * Tested on: https://dl.acm.org/doi/10.1145/1596655.1596682 (page built from Zotero's ACM translator
 * test case and the Atypon author-list markup; no saved ACM page exists).
 */
import { metaSite } from '../publisher-site';

export const acmDl = metaSite({
  id: 'acm-dl',
  label: 'ACM Digital Library',
  matches: ['https://dl.acm.org/*'],
  claimsUrl: (url) => url.pathname.startsWith('/doi/'),
});
