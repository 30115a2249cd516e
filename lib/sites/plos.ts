/**
 * PLOS journals: `citation_author` ("Maria C Almeida") found in `#author-list a.author-name`
 * (whose text ends with a comma).
 *
 * Tested on (saved pages):
 * - https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001
 * - https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0213978 (2020 capture)
 */
import { metaSite } from '../publisher-site';

export const plos = metaSite({
  id: 'plos',
  label: 'PLOS',
  matches: ['https://journals.plos.org/*'],
});
