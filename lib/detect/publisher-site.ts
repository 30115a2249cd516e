/** Builds publisher adapters from a site's data (lib/sites/<site>.ts): metadata-driven (most) or markup-driven (no author meta). */
import { isCollaborationName } from '../names';
import { adapterClaimsUrl } from './adapter-for-url';
import { detectHighwire } from './highwire';
import { metaArxivId, metaContent, metaDoi } from './meta';
import { nameText } from './name-elements';
import type { DetectedAuthor, DetectedPaper, SiteAdapter, SiteInfo, SiteSelectors } from './types';

/**
 * What an adapter adds to its site's patterns. Passed apart from the site (never `{ ...site, … }`): a
 * call whose arguments are plain names and literals is one bundlers drop when only `site` is read.
 */
export interface AdapterOptions {
  /** Which of the site's URLs are papers, where a pattern cannot say it (paths, query strings). */
  claimsUrl?: (url: URL) => boolean;
  /** Where the DOI is when not in the standard metadata. */
  doi?: (doc: Document) => string | undefined;
}

/**
 * Authors from the page's Highwire/Dublin Core metadata, found in the site's own author list; where a
 * layout the table does not know shows none of them (a redesign, an older layout still served), found
 * the generic way instead: the metadata outlives the markup.
 */
export function metaSite(info: SiteInfo, selectors: SiteSelectors, options: AdapterOptions = {}): SiteAdapter {
  const { claimsUrl, ...extra } = options;
  const adapter: SiteAdapter = {
    ...info,
    site: info.id,
    ...(claimsUrl ? { claimsUrl } : {}),
    detect: (doc, url) => {
      const papers = detectHighwire(doc, { ...selectors, ...extra });
      // Only on the site's own pages: another site's page is never this adapter's to read.
      return papers.length > 0 || !adapterClaimsUrl(adapter, url) ? papers : detectHighwire(doc, extra);
    },
  };
  return adapter;
}

/**
 * Authors read from the site's author list itself, in page order: for sites whose metadata has no
 * author tags (ScienceDirect) or spells them in a form the page does not show (PubMed's "Benson DA").
 */
export function listedSite(info: SiteInfo, selectors: SiteSelectors, options: AdapterOptions = {}): SiteAdapter {
  const doi = options.doi ?? metaDoi;
  return {
    ...info,
    site: info.id,
    ...(options.claimsUrl ? { claimsUrl: options.claimsUrl } : {}),
    detect(doc) {
      try {
        const arxivId = metaArxivId(doc);
        const paperDoi = doi(doc);
        if (!arxivId && !paperDoi) return [];
        // The first author list only: a second copy (expanded list, mobile layout) names the same people.
        const roots = selectors.scope ? [...doc.querySelectorAll(selectors.scope)].slice(0, 1) : [];
        const authors: DetectedAuthor[] = [];
        for (const element of roots.flatMap((root) => [...root.querySelectorAll(selectors.names)])) {
          const name = nameText(element, selectors.ignore);
          if (!name || isCollaborationName(name)) continue;
          authors.push({ name, position: authors.length + 1, element });
        }
        if (authors.length === 0) return [];
        const paper: DetectedPaper = { authors };
        if (arxivId) paper.arxivId = arxivId;
        if (paperDoi) paper.doi = paperDoi;
        const title = metaContent(doc, 'citation_title') ?? metaContent(doc, 'dc.title');
        if (title) paper.title = title;
        return [paper];
      } catch {
        return [];
      }
    },
  };
}


/** An adapter of a site's own making (listings read entry by entry: dblp, Google Scholar), for its site. */
export function siteAdapter(info: SiteInfo, reading: Omit<SiteAdapter, 'site' | 'id' | 'label' | 'matches'>): SiteAdapter {
  return { site: info.id, id: info.id, label: info.label, matches: info.matches, ...reading };
}
