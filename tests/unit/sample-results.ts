/** Wire-shaped answers for tests: the starting profile (Trust 21, Emerging, L1) and its variations. */
import type { ResearcherSummary } from '../../lib/api/researcher';
import type { AuthorMatch, PaperResult } from '../../lib/api/resolve';

export function researcher(overrides: Partial<ResearcherSummary> = {}): ResearcherSummary {
  return {
    id: 'A5023888391',
    name: 'Ashish Vaswani',
    orcid: null,
    affiliation: null,
    trust: { score: 21, band: 'Emerging', verification: 'L1', claimed: false, heldBy: null },
    counts: { works: 8, followers: 0, topics: 6, closeCollaborators: 4 },
    openToCollaborate: true,
    computedAt: '2026-11-24T12:00:00.000Z',
    ...overrides,
  };
}

export function resolvedMatch(position: number, overrides: Partial<ResearcherSummary> = {}): AuthorMatch {
  return { position, state: 'resolved', confidence: 0.97, researcher: researcher(overrides) };
}

export function paperResult(arxivId: string, authors: AuthorMatch[]): PaperResult {
  return { arxivId, workId: 'W4385245566', authors };
}
