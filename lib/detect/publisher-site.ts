/** Builds publisher adapters from the site table: metadata-driven (most) or markup-driven (no author meta). */
import { isCollaborationName } from '../names';
import { adapterClaimsUrl } from './adapter-for-url';
import { detectHighwire, type HighwireOptions } from './highwire';
import { metaArxivId, metaContent, metaDoi } from './meta';
import { nameText } from './name-elements';
import { SITE_SELECTORS, type SiteId, type SiteSelectors } from './site-selectors';
import type { DetectedAuthor, DetectedPaper, SiteAdapter } from './types';

export interface SiteInfo {
  id: SiteId;
  label: string;
  matches: readonly string[];
  claimsUrl?: (url: URL) => boolean;
}

/**
 * Authors from the page's Highwire/Dublin Core metadata, found in the site's own author list; where a
 * layout the table does not know shows none of them (a redesign, an older layout still served), found
 * the generic way instead: the metadata outlives the markup.
 */
export function metaSite(info: SiteInfo, extra: HighwireOptions = {}): SiteAdapter {
  const selectors = SITE_SELECTORS[info.id];
  const adapter: SiteAdapter = {
    ...info,
    site: info.id,
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
export function listedSite(info: SiteInfo, doi: (doc: Document) => string | undefined = metaDoi): SiteAdapter {
  const selectors: SiteSelectors = SITE_SELECTORS[info.id];
  return {
    ...info,
    site: info.id,
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

