/**
 * PeerJ: `citation_author` metadata, names in `.article-authors` (the author-contribution section
 * further down names everyone again and is not badged).
 *
 * Tested on (saved pages): https://peerj.com/articles/4375/ · https://peerj.com/articles/4886/
 */
import { metaSite } from '../publisher-site';

export const peerj = metaSite({
  id: 'peerj',
  label: 'PeerJ',
  matches: ['https://peerj.com/*'],
});
