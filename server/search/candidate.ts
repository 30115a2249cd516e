import type { CandidateHint, SearchCandidate } from '../../lib/api/profile';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { toOpenAlexAuthorId, toOrcid } from '../../lib/api/ids';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';

/** One search result: who it is, and what tells them apart from namesakes. Pure. */
export function candidateOf(record: OpenAlexAuthor, summary: ResearcherSummary | null): SearchCandidate | null {
  const id = toOpenAlexAuthorId(record.id);
  if (!id) return null;
  return { id, name: record.display_name, orcid: toOrcid(record.orcid), hint: hintOf(record), summary };
}

export function hintOf(record: OpenAlexAuthor): CandidateHint {
  const institution = record.last_known_institutions.find((i) => i.display_name)?.display_name ?? null;
  const topTopic = [...record.topics].sort((a, b) => b.count - a.count).find((t) => t.display_name)?.display_name ?? null;
  // OpenAlex counts by year cover about the last ten years only, so an older start shows as that horizon.
  const years = record.counts_by_year.filter((y) => y.works_count > 0).map((y) => y.year);
  return {
    institution,
    topTopic,
    worksCount: record.works_count,
    yearsActive: years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
  };
}
