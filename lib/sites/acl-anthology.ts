/**
 * ACL Anthology: minified HTML with unquoted, content-first meta tags
 * (`<meta content="Teven Le Scao" name=citation_author>`); names in `p.lead` links. Old papers have no
 * DOI (N04-1001): without an identifier there is nothing to look up, so no badges.
 *
 * Tested on (saved pages): https://aclanthology.org/2021.naacl-main.208/ · https://aclanthology.org/N04-1001/
 */
import { metaSite } from '../publisher-site';

export const aclAnthology = metaSite({
  id: 'acl-anthology',
  label: 'ACL Anthology',
  matches: ['https://aclanthology.org/*'],
});
