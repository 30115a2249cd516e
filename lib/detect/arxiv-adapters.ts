/** The arXiv adapters, in the order the arXiv content script tries them. */
import { arxivAbs } from './arxiv-abs';
import { arxivHtml } from './arxiv-html';
import { arxivListing } from './arxiv-listing';
import { arxivSearch } from './arxiv-search';
import type { SiteAdapter } from './types';

export const ARXIV_ADAPTERS: readonly SiteAdapter[] = [arxivAbs, arxivListing, arxivSearch, arxivHtml];
