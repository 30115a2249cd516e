/**
 * Wiley Online Library (Atypon): `citation_author` metadata (hex entities: "E. Schr&#xf6;dinger"),
 * found in the desktop author list; the mobile copy of the list is not badged a second time.
 *
 * Tested on: https://onlinelibrary.wiley.com/doi/abs/10.1002/andp.19263851302 (saved page)
 */
import { metaSite } from '../publisher-site';

export const wiley = metaSite({
  id: 'wiley',
  label: 'Wiley Online Library',
  matches: ['https://onlinelibrary.wiley.com/*', 'https://*.onlinelibrary.wiley.com/*'],
});
