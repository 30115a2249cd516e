/**
 * Any other site the reader adds on the options page: Highwire / Dublin Core metadata, names found
 * wherever the page shows them (highwire.ts). Its `matches` are the reader's, not the manifest's.
 *
 * Tested on (saved pages): https://www.nber.org/papers/w33843 ·
 * https://firstmonday.org/ojs/index.php/fm/article/view/10274 · https://elifesciences.org/articles/44753 ·
 * and every supported publisher's saved page (it must agree with their adapters' authors).
 */
import { detectHighwire } from './highwire';
import type { SiteAdapter } from './types';

export const generic: SiteAdapter = {
  site: 'generic',
  id: 'generic',
  label: 'Other sites',
  matches: [],
  detect: (doc) => detectHighwire(doc),
};
