/** What a site adapter reads from a page: the papers on it and where each author's name sits. */

export interface DetectedAuthor {
  /** The name as the page shows it, whitespace cleaned. */
  name: string;
  orcid?: string;
  /** 1-based, per paper, counting only people (collaboration names are not authors). */
  position: number;
  /**
   * The element showing the name; a badge goes immediately after it. Absent when the name is in the
   * page's metadata but nowhere visible: it is still sent (the service aligns names by position) but
   * gets no badge.
   */
  element?: Element;
  /**
   * Set when the name sits in a collapsed part of the list (arXiv's "et al." long-author list):
   * the container whose visibility decides when the badge is worth inserting.
   */
  collapsedIn?: HTMLElement;
}

export interface DetectedPaper {
  arxivId?: string;
  doi?: string;
  title?: string;
  /** arXiv primary category (`cs.CL`) where the page shows it. */
  category?: string;
  /** Publication year, sent with the title for a paper known only by its title. */
  year?: number;
  authors: DetectedAuthor[];
  /**
   * The paper's own box on a page of many papers (a listing entry): what "near the viewport" is
   * measured on. Single-paper pages leave it out.
   */
  container?: Element;
}

/**
 * One site's reading of its pages (Refined GitHub style: one file per site). `matches` are the
 * manifest match patterns the adapter serves; `detect` is pure DOM reading and never throws.
 */
export interface SiteAdapter {
  /** Stable id, also the key of the site's on/off switch (several adapters may share one site). */
  site: string;
  /** Adapter id, unique: "arxiv-listing", "springer-nature", … */
  id: string;
  /** Human name of the site, for the options page. */
  label: string;
  matches: readonly string[];
  /** Narrows `matches` where a pattern cannot (query strings, paths): defaults to "every match". */
  claimsUrl?(url: URL): boolean;
  detect(doc: Document, url: URL): DetectedPaper[];
  /** Lists of many papers: badges only near the viewport, look-ups batched as the reader scrolls. */
  lazy?: boolean;
}

/**
 * Where a site shows its authors: the part of its markup that changes most often, kept as data in the
 * site's file (Dark Reader style) and checked by tests/unit/site-adapters.test.ts (every selector parses
 * and finds its authors on the site's fixtures).
 *
 * - `names`: elements that each show one author's name (a badge goes right after the one matched).
 * - `scope`: the paper's own author list, when names also appear elsewhere (mobile copies, pop-ups).
 * - `ignore`: parts of a name element that are not the name (affiliation pop-ups inside the link).
 */
export interface SiteSelectors {
  names: string;
  scope?: string;
  ignore?: string;
  exclude?: string;
}

/**
 * A supported site as the manifest, the background's sender check and the options page see it: patterns
 * only, no adapter code (each lib/sites/<site>.ts exports it apart from its adapter, so bundles that
 * read only this leave the adapters out).
 */
export interface SiteInfo {
  /** The on/off key (`ReaderSettings.disabledSites`) and every adapter's `site`. */
  id: string;
  label: string;
  matches: readonly string[];
}
