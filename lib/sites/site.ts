/**
 * What each lib/sites/<site>.ts exports beside its patterns (`site`) and reading (`adapter`): the pages
 * it is tested on. Data only, never read by the extension (bundles leave it out), read by the one adapter
 * test over every fixture and by server/dev/saved-pages.ts, which serves each page at its real URL.
 */
export interface SiteFixture {
  /** `pages/<name>`: built here (tests/fixtures/pages, its first lines say from what); `publishers/<name>`: a recorded page. */
  file: string;
  /** The real URL the page was saved from (or, for a built page, the URL of the page it reproduces). */
  url: string;
  /** The adapter that must claim `url`, where the site has several (arXiv); otherwise the site's own. */
  adapter?: string;
  /** Each paper's id (arXiv id, else DOI, else title), in page order. */
  ids?: readonly string[];
  /** Each paper's exact authors in order; `null` for a list checked by a test of its own (long lists). */
  names?: readonly (readonly string[] | null)[];
  /** Authors named in the metadata but shown nowhere: sent, never badged. */
  hidden?: readonly string[];
  /** The page must yield nothing: why (a challenge page, a news item, no identifier to look up). */
  yieldsNothing?: string;
  /** Not a scholarly page at all: the always-on detector must not even ask (zero messages). */
  notScholarly?: boolean;
}
