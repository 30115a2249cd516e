import { LIMITS } from '../../lib/api/constants';
import type { PaperQuery } from '../../lib/api/resolve';
import type { ResolveMessage } from '../../lib/protocol';
import type { DetectedPaper } from '../../lib/detect/types';

/**
 * One paper as the background is asked about it: identifiers and names only — never the page URL or
 * other page text; the title (and year) only for a paper the page gives no identifier for. Every author
 * goes in, even those without a badge (yet), because the service aligns names with the work's
 * authorships by position. Null for a paper without an identifier or a title.
 */
export function paperQuery(paper: DetectedPaper): PaperQuery | null {
  const byTitle = !paper.arxivId && !paper.doi;
  if (byTitle && !paper.title) return null;
  const authors = paper.authors.slice(0, LIMITS.names).map((a) => {
    const author: PaperQuery['authors'][number] = { name: a.name.slice(0, LIMITS.nameLength) };
    if (a.orcid) author.orcid = a.orcid;
    return author;
  });
  if (authors.length === 0) return null;
  const query: PaperQuery = { authors, ...paperIdentityOf(paper) };
  if (paper.category && /^[a-z-]+(\.[A-Za-z-]+)?$/.test(paper.category)) query.category = paper.category;
  return query;
}

/** How a paper is named to the background: its identifiers, else its title (and year). */
export function paperIdentityOf(paper: DetectedPaper): Pick<PaperQuery, 'arxivId' | 'doi' | 'title' | 'year'> {
  const id: Pick<PaperQuery, 'arxivId' | 'doi' | 'title' | 'year'> = {};
  if (paper.arxivId) id.arxivId = paper.arxivId;
  if (paper.doi) id.doi = paper.doi;
  if (!paper.arxivId && !paper.doi && paper.title) {
    id.title = paper.title.slice(0, LIMITS.titleLength);
    if (paper.year !== undefined) id.year = paper.year;
  }
  return id;
}

/** The message for a set of papers (a page, or one batch of a listing), or null when none can be asked. */
export function buildResolveMessage(papers: DetectedPaper[]): ResolveMessage | null {
  const queries = papers.map(paperQuery).filter((q): q is PaperQuery => q !== null);
  return messageFor(queries);
}

export function messageFor(queries: PaperQuery[], fresh = false): ResolveMessage | null {
  if (queries.length === 0) return null;
  const message: ResolveMessage = { type: 'peerlens:resolve', papers: queries.slice(0, LIMITS.papers) };
  if (fresh) message.fresh = true;
  return message;
}
