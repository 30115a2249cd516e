import { createHash } from 'node:crypto';
import { toOrcid } from '../../lib/api/ids';
import { authorCount, type AuthorMatch, type MatchMethod, type PaperQuery, type PaperResult, type ResolveRequest, type ResolveResponse, paperKey } from '../../lib/api/resolve';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { loadStandings } from '../trust/standing';
import type { Db } from '../db/client';
import type { CrossrefClient } from '../upstream/crossref';
import type { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient } from '../upstream/openalex';
import type { SemanticScholarClient } from '../upstream/semantic-scholar';
import { type Alignment, alignAuthors } from './align';
import type { ResolveAnswerCache } from './answer-cache';
import { createDeadline, type Deadline, PastDeadline } from './deadline';
import { findWorks, workLookupKey, type WorkLookup } from './find-work';
import { DEFAULT_FRESHNESS, isFresh, type Freshness } from './freshness';
import { createLimit } from './limit';
import { loadAuthors, type LoadedAuthor } from './load-authors';
import { AUTHOR_GONE, invalidPaperReason, isTransient, type Reason, STILL_LOOKING, upstreamFailure } from './reasons';
import { buildSummary } from '../trust/snapshot';
import { authorshipsOf, getWorksOfAuthors, type StoredWork } from '../db/works-store';
import { getBuiltProfiles } from '../db/researchers-store';
import { type BridgeAnswer, type BridgedAlignment, getBridges, putBridge } from '../db/paper-bridges-store';
import { resolveUnindexed } from './unindexed/resolve-unindexed';

export interface ResolveDeps {
  db: Db;
  openalex: OpenAlexClient;
  /** Semantic Scholar bridge for papers OpenAlex lacks; without it, co-author evidence alone. */
  s2?: SemanticScholarClient | null | undefined;
  /** Crossref records (publisher-deposited ORCID iDs) for fresh DOIs OpenAlex and Semantic Scholar lack. */
  crossref?: CrossrefClient | null | undefined;
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

/** An alignment and how it was made (`work` unless the paper went through the unindexed path). */
type MatchedAlignment = Alignment & { method: MatchMethod | null };

interface AlignedPaper {
  query: PaperQuery;
  workId: string | null;
  /** Set when every author of the paper shares one reason (upstream down). */
  paperReason: Reason | null;
  alignments: MatchedAlignment[];
}

/**
 * `POST /v1/resolve`: each distinct paper → its OpenAlex work → its page authors aligned with the work's
 * authorships → author records (batched) → snapshots. Papers OpenAlex lacks go through `unindexed/` (Semantic
 * Scholar, ORCID iDs, co-author evidence), all at once. Upstream failures stay local to the papers and authors
 * they touch; the rest of the page is still answered.
 */
export async function resolvePapers(request: ResolveRequest, deps: ResolveDeps): Promise<ResolveResponse> {
  // A stored paper's answer costs one round trip (the generation) when it is cached, none of the rest.
  return resolvePapersAt(request, deps, deps.answers ? await deps.answers.generation() : null);
}

/** `resolvePapers` with the answer generation already read (null: answers are not cached). */
export async function resolvePapersAt(request: ResolveRequest, deps: ResolveDeps, generation: string | null): Promise<ResolveResponse> {
  const now = deps.now();
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
    const deadline = createDeadline(deps.deadlineMs ?? DEFAULT_RESOLVE_DEADLINE_MS);
    try {
      const answered = await resolveWithin({ papers: misses }, deps, now, deadline);
      answered.papers.forEach((result, i) => {
        const key = JSON.stringify(misses[i]);
        known.set(key, result);
        if (generation !== null && isCompleteAnswer(result)) deps.answers!.set(key, generation, now, result);
      });
    } finally {
      deadline.dispose();
    }
  }
  return { papers: keys.map((key) => known.get(key)!) };
}

/** Only complete answers are kept: nothing still loading, no upstream failure standing in for an author. */
export function isCompleteAnswer(result: PaperResult): boolean {
  return result.retryAfterSeconds === undefined && result.authors.every((a) => !isTransient(a.reasonCode));
}

async function resolveWithin(request: ResolveRequest, deps: ResolveDeps, now: Date, deadline: Deadline): Promise<ResolveResponse> {
  const ctx = {
    db: deps.db,
    openalex: deps.openalex,
    schedule: createLimit(deps.upstreamConcurrency ?? 4),
    freshness: deps.freshness ?? DEFAULT_FRESHNESS,
    now,
  };
  const failed = (error: UpstreamError | PastDeadline): Reason => (error instanceof PastDeadline ? STILL_LOOKING : upstreamFailure(error));

  // Identical papers are resolved once; papers sharing identifiers share one work look-up, batched over the request.
  const distinct = new Map<string, PaperQuery>();
  for (const p of request.papers) distinct.set(JSON.stringify(p), p);
  const lookups = await deadline.race(findWorks([...distinct.values()], ctx));

  const aligned = new Map<string, AlignedPaper>();
  const unindexed: Array<{ key: string; query: PaperQuery }> = [];
  for (const [key, query] of distinct) {
    if (lookups instanceof PastDeadline) {
      aligned.set(key, { query, workId: null, paperReason: STILL_LOOKING, alignments: [] });
      continue;
    }
    const paper = alignPaper(query, lookups.get(workLookupKey(query))!, failed);
    if (paper) aligned.set(key, paper);
    else unindexed.push({ key, query });
  }
  // Papers OpenAlex lacks take the bridge and co-author path; what it has not settled by the deadline is "still
  // looking" (the path goes on and stores what it finds for the next try).
  const bridged = new Map<string, AlignedPaper>();
  const bridging = await deadline.race(resolveWithoutWork(unindexed, bridged, { ...ctx, s2: deps.s2 ?? null, crossref: deps.crossref ?? null }));
  for (const { key, query } of unindexed) {
    const paper = bridging instanceof PastDeadline ? undefined : bridged.get(key);
    aligned.set(key, paper ?? { query, workId: null, paperReason: STILL_LOOKING, alignments: [] });
  }

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

/** The work path's alignment, or null when the paper needs the unindexed path (no work, or none of its authorships linked). */
function alignPaper(query: PaperQuery, lookup: WorkLookup, failed: (error: UpstreamError) => Reason): AlignedPaper | null {
  const page = query.authors.map((a, i) => ({ position: i + 1, name: a.name, orcid: a.orcid }));
  if (!lookup.found) {
    if (!lookup.error) return null;
    return { query, workId: null, paperReason: failed(lookup.error), alignments: [] };
  }
  const authorships = authorshipsOf(lookup.work);
  if (authorships.length > 0 && authorships.every((a) => a.authorId === null)) return null;
  const alignments = alignAuthors(page, authorships).map((a) => ({ ...a, method: a.state === 'unresolved' ? null : ('work' as const) }));
  return { query, workId: lookup.workId, paperReason: null, alignments };
}

/**
 * Papers OpenAlex lacks: a stored answer while the miss is believed (hours), else Semantic Scholar and co-author
 * evidence for all of them at once; answers reached without an upstream failure are stored.
 */
async function resolveWithoutWork(
  papers: Array<{ key: string; query: PaperQuery }>,
  aligned: Map<string, AlignedPaper>,
  ctx: Parameters<typeof resolveUnindexed>[1] & { freshness: Freshness },
): Promise<void> {
  if (papers.length === 0) return;
  // The answer depends on the names the page shows as much as on the paper.
  const keyOf = (q: PaperQuery) => `${paperKey(q)}|${createHash('sha256').update(JSON.stringify([q.authors, q.category ?? null])).digest('base64url')}`;
  const stored = await getBridges(ctx.db, papers.map((p) => keyOf(p.query)));
  const ask: typeof papers = [];
  for (const p of papers) {
    const hit = stored.get(keyOf(p.query));
    if (hit && isFresh(hit.fetchedAt, ctx.freshness.missMs, ctx.now)) aligned.set(p.key, fromBridge(p.query, hit.value));
    else ask.push(p);
  }
  if (ask.length === 0) return;
  const results = await resolveUnindexed(ask, ctx);
  for (const p of ask) {
    const result = results.get(p.key)!;
    aligned.set(p.key, fromBridge(p.query, result.answer));
    if (result.cacheable) await putBridge(ctx.db, keyOf(p.query), result.answer, ctx.now);
  }
}

function fromBridge(query: PaperQuery, answer: BridgeAnswer): AlignedPaper {
  const alignments = answer.alignments.map((a: BridgedAlignment): MatchedAlignment => {
    if (a.state === 'resolved') return { position: a.position, state: 'resolved', authorId: a.authorId, confidence: a.confidence, by: 'name', method: a.method };
    if (a.state === 'ambiguous') {
      return { position: a.position, state: 'ambiguous', candidateIds: a.candidateIds, confidence: a.confidence, reason: a.reason.text, reasonCode: a.reason.code, method: a.method };
    }
    return { position: a.position, state: 'unresolved', confidence: 0, reason: a.reason.text, reasonCode: a.reason.code, method: null };
  });
  return { query, workId: null, paperReason: null, alignments };
}

function answerPaper(
  paper: AlignedPaper,
  records: Map<string, LoadedAuthor>,
  summaryOf: (authorId: string, pageOrcid: string | null) => ResearcherSummary | null,
  failed: (error: UpstreamError | PastDeadline) => Reason,
): PaperResult {
  const { query } = paper;
  const echo = {
    ...(query.arxivId ? { arxivId: query.arxivId } : {}),
    ...(query.doi ? { doi: query.doi } : {}),
    ...(query.title !== undefined ? { title: query.title } : {}),
    ...(query.year !== undefined ? { year: query.year } : {}),
  };
  if (paper.paperReason !== null) {
    const why = paper.paperReason;
    return {
      ...echo,
      workId: null,
      authors: query.authors.map((_, i) => ({ position: i + 1, state: 'unresolved', confidence: 0, reason: why.text, reasonCode: why.code })),
      ...(why === STILL_LOOKING ? { retryAfterSeconds: STILL_LOOKING_RETRY_SECONDS } : {}),
    };
  }
  const authors = paper.alignments.map((a): AuthorMatch => {
    const pageOrcid = toOrcid(query.authors[a.position - 1]?.orcid);
    const how = a.method ? { method: a.method } : {};
    if (a.state === 'unresolved') return { position: a.position, state: 'unresolved', confidence: 0, reason: a.reason, reasonCode: a.reasonCode };
    if (a.state === 'resolved') {
      const researcher = summaryOf(a.authorId, pageOrcid);
      if (researcher) return { position: a.position, state: 'resolved', confidence: a.confidence, ...how, researcher };
      const why = missingReason(records.get(a.authorId), failed);
      return { position: a.position, state: 'unresolved', confidence: 0, reason: why.text, reasonCode: why.code };
    }
    const candidates = a.candidateIds.map((id) => summaryOf(id, null)).filter((s): s is ResearcherSummary => s !== null);
    return { position: a.position, state: 'ambiguous', confidence: a.confidence, ...how, candidates, reason: a.reason, reasonCode: a.reasonCode };
  });
  const partial = authors.some((a) => a.reasonCode === STILL_LOOKING.code);
  return { ...echo, workId: paper.workId, authors, ...(partial ? { retryAfterSeconds: STILL_LOOKING_RETRY_SECONDS } : {}) };
}

function missingReason(loaded: LoadedAuthor | undefined, failed: (error: UpstreamError | PastDeadline) => Reason): Reason {
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
  const why = invalidPaperReason(issues);
  return {
    ...(arxivId !== undefined ? { arxivId } : {}),
    ...(doi !== undefined ? { doi } : {}),
    workId: null,
    authors: Array.from({ length: authorCount(raw) }, (_, i) => ({ position: i + 1, state: 'unresolved' as const, confidence: 0, reason: why.text, reasonCode: why.code })),
  };
}
