import { toOrcid } from '../../lib/api/ids';
import type { AuthorMatch, PaperQuery, PaperResult, ResolveRequest, ResolveResponse } from '../../lib/api/resolve';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { loadStandings } from '../actions/standing';
import type { Db } from '../db/client';
import type { OpenAlexClient } from '../upstream/openalex';
import { type Alignment, alignAuthors } from './align';
import { findWork, type WorkLookup } from './find-work';
import { DEFAULT_FRESHNESS, type Freshness } from './freshness';
import { createLimit } from './limit';
import { loadAuthors, type LoadedAuthor } from './load-authors';
import { ARXIV_NOT_FOUND, AUTHOR_GONE, PAPER_NOT_FOUND, upstreamReason } from './reasons';
import { buildSummary } from './snapshot';
import { authorshipsOf, getBuiltProfiles, getWorksOfAuthors, type StoredWork } from './store';

export interface ResolveDeps {
  db: Db;
  openalex: OpenAlexClient;
  now: () => Date;
  freshness?: Freshness;
  /** Upstream calls in flight at once for one request. */
  upstreamConcurrency?: number;
}

interface AlignedPaper {
  query: PaperQuery;
  workId: string | null;
  /** Set when every author of the paper shares one reason (no work, upstream down). */
  paperReason: string | null;
  alignments: Alignment[];
}

/**
 * `POST /v1/resolve`: each distinct paper → its OpenAlex work → its page authors aligned with the work's
 * authorships → author records (batched) → snapshots. Upstream failures stay local to the papers and authors
 * they touch; the rest of the page is still answered.
 */
export async function resolvePapers(request: ResolveRequest, deps: ResolveDeps): Promise<ResolveResponse> {
  const now = deps.now();
  const ctx = {
    db: deps.db,
    openalex: deps.openalex,
    schedule: createLimit(deps.upstreamConcurrency ?? 4),
    freshness: deps.freshness ?? DEFAULT_FRESHNESS,
    now,
  };

  // Identical papers are resolved once; papers sharing identifiers share one work look-up.
  const distinct = new Map<string, PaperQuery>();
  for (const p of request.papers) distinct.set(JSON.stringify(p), p);
  const works = new Map<string, Promise<WorkLookup>>();
  const lookUp = (p: PaperQuery) => {
    const byTitle = !p.arxivId && !p.doi && p.title ? `|${p.title}|${p.year ?? ''}|${p.authors[0]?.name ?? ''}` : '';
    const key = `${p.arxivId ?? ''}|${p.doi?.toLowerCase() ?? ''}${byTitle}`;
    let pending = works.get(key);
    if (!pending) works.set(key, (pending = findWork({ ...p, ...(p.authors[0] ? { firstAuthor: p.authors[0].name } : {}) }, ctx)));
    return pending;
  };

  const aligned = new Map<string, AlignedPaper>();
  await Promise.all(
    [...distinct].map(async ([key, query]) => {
      aligned.set(key, alignPaper(query, await lookUp(query)));
    }),
  );

  const authorIds = new Set<string>();
  for (const paper of aligned.values()) {
    for (const a of paper.alignments) {
      if (a.state === 'resolved') authorIds.add(a.authorId);
      if (a.state === 'ambiguous') a.candidateIds.forEach((id) => authorIds.add(id));
    }
  }
  const ids = [...authorIds];
  const records = await loadAuthors(ids, ctx);
  const [storedWorks, builtProfiles] = await Promise.all([getWorksOfAuthors(ctx.db, ids), getBuiltProfiles(ctx.db, ids)]);
  const standings = await loadStandings(ctx.db, ids, storedWorks);

  const summaries = new Map<string, ResearcherSummary>();
  const summaryOf = (authorId: string, pageOrcid: string | null): ResearcherSummary | null => {
    const record = records.get(authorId);
    if (!record || record instanceof Error) return null;
    const key = `${authorId}|${pageOrcid ?? ''}`;
    let s = summaries.get(key);
    if (!s) {
      s = buildSummary({
        authorId,
        record,
        storedWorks: storedWorks.get(authorId) ?? ([] as StoredWork[]),
        pageOrcid,
        now,
        profileBuilt: builtProfiles.has(authorId),
        standing: standings.get(authorId),
      });
      summaries.set(key, s);
    }
    return s;
  };

  return {
    papers: request.papers.map((p) => answerPaper(aligned.get(JSON.stringify(p))!, records, summaryOf)),
  };
}

function alignPaper(query: PaperQuery, lookup: WorkLookup): AlignedPaper {
  const page = query.authors.map((a, i) => ({ position: i + 1, name: a.name, orcid: a.orcid }));
  if (!lookup.found) {
    const reason = lookup.error ? upstreamReason(lookup.error) : query.arxivId && !query.doi ? ARXIV_NOT_FOUND : PAPER_NOT_FOUND;
    return { query, workId: null, paperReason: reason, alignments: [] };
  }
  return { query, workId: lookup.workId, paperReason: null, alignments: alignAuthors(page, authorshipsOf(lookup.work)) };
}

function answerPaper(
  paper: AlignedPaper,
  records: Map<string, LoadedAuthor>,
  summaryOf: (authorId: string, pageOrcid: string | null) => ResearcherSummary | null,
): PaperResult {
  const { query } = paper;
  const echo = {
    ...(query.arxivId ? { arxivId: query.arxivId } : {}),
    ...(query.doi ? { doi: query.doi } : {}),
    ...(query.title !== undefined ? { title: query.title } : {}),
    ...(query.year !== undefined ? { year: query.year } : {}),
  };
  if (paper.paperReason !== null) {
    return {
      ...echo,
      workId: null,
      authors: query.authors.map((_, i) => ({ position: i + 1, state: 'unresolved', confidence: 0, reason: paper.paperReason! })),
    };
  }
  const authors = paper.alignments.map((a): AuthorMatch => {
    const pageOrcid = toOrcid(query.authors[a.position - 1]?.orcid);
    if (a.state === 'unresolved') return { position: a.position, state: 'unresolved', confidence: 0, reason: a.reason };
    if (a.state === 'resolved') {
      const researcher = summaryOf(a.authorId, pageOrcid);
      if (researcher) return { position: a.position, state: 'resolved', confidence: a.confidence, researcher };
      return { position: a.position, state: 'unresolved', confidence: 0, reason: missingReason(records.get(a.authorId)) };
    }
    const candidates = a.candidateIds.map((id) => summaryOf(id, null)).filter((s): s is ResearcherSummary => s !== null);
    return { position: a.position, state: 'ambiguous', confidence: a.confidence, candidates, reason: a.reason };
  });
  return { ...echo, workId: paper.workId, authors };
}

function missingReason(loaded: LoadedAuthor | undefined): string {
  return loaded instanceof Error ? upstreamReason(loaded) : AUTHOR_GONE;
}
