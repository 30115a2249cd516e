import { createHash } from 'node:crypto';
import { toOrcid } from '../../lib/api/ids';
import { type AuthorMatch, type MatchMethod, type PaperQuery, type PaperResult, type ResolveRequest, type ResolveResponse, paperKey } from '../../lib/api/resolve';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { loadStandings } from '../actions/standing';
import type { Db } from '../db/client';
import type { CrossrefClient } from '../upstream/crossref';
import type { OpenAlexClient } from '../upstream/openalex';
import type { SemanticScholarClient } from '../upstream/semantic-scholar';
import { type Alignment, alignAuthors } from './align';
import { findWorks, workLookupKey, type WorkLookup } from './find-work';
import { DEFAULT_FRESHNESS, isFresh, type Freshness } from './freshness';
import { createLimit } from './limit';
import { loadAuthors, type LoadedAuthor } from './load-authors';
import { AUTHOR_GONE, type Reason, upstreamFailure } from './reasons';
import { buildSummary } from './snapshot';
import { authorshipsOf, getBuiltProfiles, getWorksOfAuthors, type StoredWork } from './store';
import { type BridgeAnswer, type BridgedAlignment, getBridges, putBridge } from './unindexed/bridge-store';
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
}

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
  const now = deps.now();
  const ctx = {
    db: deps.db,
    openalex: deps.openalex,
    schedule: createLimit(deps.upstreamConcurrency ?? 4),
    freshness: deps.freshness ?? DEFAULT_FRESHNESS,
    now,
  };

  // Identical papers are resolved once; papers sharing identifiers share one work look-up, batched over the request.
  const distinct = new Map<string, PaperQuery>();
  for (const p of request.papers) distinct.set(JSON.stringify(p), p);
  const lookups = await findWorks([...distinct.values()], ctx);

  const aligned = new Map<string, AlignedPaper>();
  const unindexed: Array<{ key: string; query: PaperQuery }> = [];
  for (const [key, query] of distinct) {
    const lookup = lookups.get(workLookupKey(query))!;
    const paper = alignPaper(query, lookup);
    if (paper) aligned.set(key, paper);
    else unindexed.push({ key, query });
  }
  await resolveWithoutWork(unindexed, aligned, { ...ctx, s2: deps.s2 ?? null, crossref: deps.crossref ?? null });

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

/** The work path's alignment, or null when the paper needs the unindexed path (no work, or none of its authorships linked). */
function alignPaper(query: PaperQuery, lookup: WorkLookup): AlignedPaper | null {
  const page = query.authors.map((a, i) => ({ position: i + 1, name: a.name, orcid: a.orcid }));
  if (!lookup.found) {
    if (!lookup.error) return null;
    return { query, workId: null, paperReason: upstreamFailure(lookup.error), alignments: [] };
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
): PaperResult {
  const { query } = paper;
  const echo = { ...(query.arxivId ? { arxivId: query.arxivId } : {}), ...(query.doi ? { doi: query.doi } : {}) };
  if (paper.paperReason !== null) {
    const why = paper.paperReason;
    return {
      ...echo,
      workId: null,
      authors: query.authors.map((_, i) => ({ position: i + 1, state: 'unresolved', confidence: 0, reason: why.text, reasonCode: why.code })),
    };
  }
  const authors = paper.alignments.map((a): AuthorMatch => {
    const pageOrcid = toOrcid(query.authors[a.position - 1]?.orcid);
    const how = a.method ? { method: a.method } : {};
    if (a.state === 'unresolved') return { position: a.position, state: 'unresolved', confidence: 0, reason: a.reason, reasonCode: a.reasonCode };
    if (a.state === 'resolved') {
      const researcher = summaryOf(a.authorId, pageOrcid);
      if (researcher) return { position: a.position, state: 'resolved', confidence: a.confidence, ...how, researcher };
      const why = missingReason(records.get(a.authorId));
      return { position: a.position, state: 'unresolved', confidence: 0, reason: why.text, reasonCode: why.code };
    }
    const candidates = a.candidateIds.map((id) => summaryOf(id, null)).filter((s): s is ResearcherSummary => s !== null);
    return { position: a.position, state: 'ambiguous', confidence: a.confidence, ...how, candidates, reason: a.reason, reasonCode: a.reasonCode };
  });
  return { ...echo, workId: paper.workId, authors };
}

function missingReason(loaded: LoadedAuthor | undefined): Reason {
  return loaded instanceof Error ? upstreamFailure(loaded) : AUTHOR_GONE;
}
