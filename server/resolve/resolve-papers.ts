import { toOrcid } from '../../lib/api/ids';
import { authorCount, type AuthorMatch, type PaperQuery, type PaperResult, type ResolveRequest, type ResolveResponse } from '../../lib/api/resolve';
import type { UpstreamError } from '../upstream/errors';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { loadStandings } from '../actions/standing';
import type { Db } from '../db/client';
import type { OpenAlexClient } from '../upstream/openalex';
import { type Alignment, alignAuthors } from './align';
import type { ResolveAnswerCache } from './answer-cache';
import { createDeadline, PastDeadline } from './deadline';
import { findWork, type WorkLookup } from './find-work';
import { DEFAULT_FRESHNESS, type Freshness } from './freshness';
import { createLimit } from './limit';
import { loadAuthors, type LoadedAuthor } from './load-authors';
import { ARXIV_NOT_FOUND, AUTHOR_GONE, invalidPaperReason, PAPER_NOT_FOUND, STILL_LOOKING, upstreamReason } from './reasons';
import { buildSummary } from './snapshot';
import { authorshipsOf, getBuiltProfiles, getWorksOfAuthors, type StoredWork } from './store';

export interface ResolveDeps {
  db: Db;
  openalex: OpenAlexClient;
  now: () => Date;
  freshness?: Freshness;
  /** Upstream calls in flight at once for one request. */
  upstreamConcurrency?: number;
  /** The request answers by then with what it knows; the rest is "still looking" (and keeps loading). */
  deadlineMs?: number;
  /** Complete answers of stored papers, checked against the database's answer generation. */
  answers?: ResolveAnswerCache;
}

export const DEFAULT_RESOLVE_DEADLINE_MS = 4_000;
/** How soon a client should ask again about a paper answered "still looking". */
export const STILL_LOOKING_RETRY_SECONDS = 10;

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

  // A stored paper's answer costs one round trip (the generation) when it is cached, none of the rest.
  const generation = deps.answers ? await deps.answers.generation() : null;
  const keys = request.papers.map((p) => JSON.stringify(p));
  const known = new Map<string, PaperResult>();
  if (generation !== null) {
    keys.forEach((key) => {
      const hit = deps.answers!.get(key, generation, now);
      if (hit) known.set(key, hit);
    });
  }
  const misses = request.papers.filter((_, i) => !known.has(keys[i]!));
  if (misses.length > 0) {
    const transient = new Set<string>();
    const deadline = createDeadline(deps.deadlineMs ?? DEFAULT_RESOLVE_DEADLINE_MS);
    try {
      const answered = await resolveWithin({ papers: misses }, ctx, deadline, transient);
      answered.papers.forEach((result, i) => {
        const key = JSON.stringify(misses[i]);
        known.set(key, result);
        // Only complete answers are kept: nothing still loading, no upstream failure standing in for an author.
        const complete = result.retryAfterSeconds === undefined && result.authors.every((a) => a.reason === undefined || !transient.has(a.reason));
        if (generation !== null && complete) deps.answers!.set(key, generation, now, result);
      });
    } finally {
      deadline.dispose();
    }
  }
  return { papers: keys.map((key) => known.get(key)!) };
}

async function resolveWithin(
  request: ResolveRequest,
  ctx: FindWorkContextOf,
  deadline: ReturnType<typeof createDeadline>,
  transient: Set<string>,
): Promise<ResolveResponse> {
  const { now } = ctx;
  const failed = (error: UpstreamError | PastDeadline): string => {
    const reason = error instanceof PastDeadline ? STILL_LOOKING : upstreamReason(error);
    transient.add(reason);
    return reason;
  };
  // Identical papers are resolved once; papers sharing identifiers share one work look-up.
  const distinct = new Map<string, PaperQuery>();
  for (const p of request.papers) distinct.set(JSON.stringify(p), p);
  const works = new Map<string, Promise<WorkLookup>>();
  const lookUp = (p: PaperQuery) => {
    const key = `${p.arxivId ?? ''}|${p.doi?.toLowerCase() ?? ''}`;
    let pending = works.get(key);
    if (!pending) works.set(key, (pending = findWork(p, ctx)));
    return pending;
  };

  const aligned = new Map<string, AlignedPaper>();
  await Promise.all(
    [...distinct].map(async ([key, query]) => {
      const lookup = await deadline.race(lookUp(query));
      aligned.set(key, lookup instanceof PastDeadline ? stillLooking(query, failed(lookup)) : alignPaper(query, lookup, failed));
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
  const records = await loadAuthors(ids, { ...ctx, deadline });
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
    papers: request.papers.map((p) => answerPaper(aligned.get(JSON.stringify(p))!, records, summaryOf, failed)),
  };
}

type FindWorkContextOf = Parameters<typeof findWork>[1];

function stillLooking(query: PaperQuery, reason: string): AlignedPaper {
  return { query, workId: null, paperReason: reason, alignments: [] };
}

function alignPaper(query: PaperQuery, lookup: WorkLookup, failed: (error: UpstreamError) => string): AlignedPaper {
  const page = query.authors.map((a, i) => ({ position: i + 1, name: a.name, orcid: a.orcid }));
  if (!lookup.found) {
    const reason = lookup.error ? failed(lookup.error) : query.arxivId && !query.doi ? ARXIV_NOT_FOUND : PAPER_NOT_FOUND;
    return { query, workId: null, paperReason: reason, alignments: [] };
  }
  return { query, workId: lookup.workId, paperReason: null, alignments: alignAuthors(page, authorshipsOf(lookup.work)) };
}

function answerPaper(
  paper: AlignedPaper,
  records: Map<string, LoadedAuthor>,
  summaryOf: (authorId: string, pageOrcid: string | null) => ResearcherSummary | null,
  failed: (error: UpstreamError | PastDeadline) => string,
): PaperResult {
  const { query } = paper;
  const echo = { ...(query.arxivId ? { arxivId: query.arxivId } : {}), ...(query.doi ? { doi: query.doi } : {}) };
  if (paper.paperReason !== null) {
    return {
      ...echo,
      workId: null,
      authors: query.authors.map((_, i) => ({ position: i + 1, state: 'unresolved', confidence: 0, reason: paper.paperReason! })),
      ...(paper.paperReason === STILL_LOOKING ? { retryAfterSeconds: STILL_LOOKING_RETRY_SECONDS } : {}),
    };
  }
  const authors = paper.alignments.map((a): AuthorMatch => {
    const pageOrcid = toOrcid(query.authors[a.position - 1]?.orcid);
    if (a.state === 'unresolved') return { position: a.position, state: 'unresolved', confidence: 0, reason: a.reason };
    if (a.state === 'resolved') {
      const researcher = summaryOf(a.authorId, pageOrcid);
      if (researcher) return { position: a.position, state: 'resolved', confidence: a.confidence, researcher };
      return { position: a.position, state: 'unresolved', confidence: 0, reason: missingReason(records.get(a.authorId), failed) };
    }
    const candidates = a.candidateIds.map((id) => summaryOf(id, null)).filter((s): s is ResearcherSummary => s !== null);
    return { position: a.position, state: 'ambiguous', confidence: a.confidence, candidates, reason: a.reason };
  });
  const partial = authors.some((a) => a.reason === STILL_LOOKING);
  return { ...echo, workId: paper.workId, authors, ...(partial ? { retryAfterSeconds: STILL_LOOKING_RETRY_SECONDS } : {}) };
}

function missingReason(loaded: LoadedAuthor | undefined, failed: (error: UpstreamError | PastDeadline) => string): string {
  return loaded instanceof Error ? failed(loaded) : AUTHOR_GONE;
}

/**
 * The answer for a paper that failed its own checks: every author it lists unresolved with the reason, and its
 * identifiers echoed as sent (when they are short strings) so the client can pair the answer with its question.
 */
export function invalidPaperResult(raw: unknown, issues: string[]): PaperResult {
  const sent = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const echo = (v: unknown) => (typeof v === 'string' && v.length <= 1000 ? v : undefined);
  const arxivId = echo(sent.arxivId);
  const doi = echo(sent.doi);
  const reason = invalidPaperReason(issues);
  return {
    ...(arxivId !== undefined ? { arxivId } : {}),
    ...(doi !== undefined ? { doi } : {}),
    workId: null,
    authors: Array.from({ length: authorCount(raw) }, (_, i) => ({ position: i + 1, state: 'unresolved' as const, confidence: 0, reason })),
  };
}
