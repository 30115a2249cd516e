/**
 * Taylor & Francis Online (Atypon): `dc.Creator` padded with spaces (" Jean-Paul    Malrieu "), the
 * DOI in `dc.Identifier scheme="doi"`, names in `a.entryAuthor` (whose affiliation pop-up is not the
 * name). Cloudflare's "Just a moment…" challenge page has no metadata and yields nothing.
 *
 * Tested on (saved pages): https://www.tandfonline.com/doi/full/10.1080/00268976.2013.788745 ·
 * https://www.tandfonline.com/doi/full/10.1080/23311932.2015.1117749 (challenge page)
 */
import { metaSite } from '../publisher-site';

export const taylorFrancis = metaSite({
  id: 'taylor-francis',
  label: 'Taylor & Francis Online',
  matches: ['https://www.tandfonline.com/*'],
});
