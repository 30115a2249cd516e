/** What a site adapter reads from a page: the papers on it and where each author's name sits. */

export interface DetectedAuthor {
  /** The name as the page shows it, whitespace cleaned. */
  name: string;
  orcid?: string;
  /** 1-based, per paper, counting only people (collaboration names are not authors). */
  position: number;
  /** The element showing the name; a badge goes immediately after it. */
  element: Element;
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
  authors: DetectedAuthor[];
}
