/**
 * Springer Nature (link.springer.com, nature.com): `citation_author`/`dc.creator` metadata ("Last, First")
 * found in `ul.c-article-author-list`; long lists hide names behind "Show authors" (CSS only, the
 * elements are there). Nature news items (`dc.type` News, a journalist as `dc.creator`) yield nothing.
 *
 * Tested on (saved pages in ../shared/fixtures/publishers):
 * - https://link.springer.com/article/10.1007/s10924-010-0192-1
 * - https://link.springer.com/article/10.1007/BF02727953 — "Leinaas, J. M." initials
 * - https://www.nature.com/articles/s41586-021-03819-2 — 34 authors, most hidden on small screens
 * - https://www.nature.com/articles/d41586-020-02610-z — news item: nothing
 */
import { metaSite } from '../publisher-site';

export const springerNature = metaSite({
  id: 'springer-nature',
  label: 'Springer Nature',
  matches: ['https://link.springer.com/*', 'https://www.nature.com/*'],
});
