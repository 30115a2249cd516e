/**
 * ACS Publications (Atypon): `dc.Creator` with double spaces ("B. J.  Lawrie"), names in
 * `ul.loa span.hlFld-ContribAuthor` (whose affiliation pop-up and "*" mark are not the name).
 *
 * Tested on: https://pubs.acs.org/doi/10.1021/acsphotonics.9b00250 (saved page)
 */
import { metaSite } from '../publisher-site';

export const acs = metaSite({
  id: 'acs',
  label: 'ACS Publications',
  matches: ['https://pubs.acs.org/*'],
});
