import { LIMITS } from '../api/constants';
import type { PaperQuery } from '../api/resolve';
import type { ResolveMessage } from '../messages';
import type { DetectedPaper } from '../detect/types';

/**
 * The one message a page sends: identifiers and names only — never the page URL or other page text.
 * Every author goes in, even those whose badge is not inserted yet, because the service aligns names
 * with the work's authorships by position.
 */
export function buildResolveMessage(papers: DetectedPaper[]): ResolveMessage | null {
  const queries: PaperQuery[] = [];
  for (const paper of papers) {
    if (!paper.arxivId && !paper.doi) continue;
    const authors = paper.authors
      .slice(0, LIMITS.names)
      .map((a) => ({ name: a.name.slice(0, LIMITS.nameLength) }));
    if (authors.length === 0) continue;
    const query: PaperQuery = { authors };
    if (paper.arxivId) query.arxivId = paper.arxivId;
    if (paper.doi) query.doi = paper.doi;
    queries.push(query);
  }
  if (queries.length === 0) return null;
  return { type: 'peerlens:resolve', papers: queries.slice(0, LIMITS.papers) };
}
