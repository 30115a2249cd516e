import { ServiceError, postResolve } from '../../../lib/api/client';
import { LIMITS, paperKey, type PaperQuery, type PaperResult } from '../../../lib/api/resolve';
import type { ResearcherSummary } from '../../../lib/api/researcher';
import type { ResolveReply } from '../../../lib/protocol';
import type { CachedPaper, PaperCache } from '../cache/paper-cache';
import { paperCacheKey } from '../cache/paper-key';

export const FRESH_MS = 24 * 60 * 60 * 1000;
export const STALE_MS = 14 * 24 * 60 * 60 * 1000;

export interface ResolverOptions {
  cache: PaperCache;
  /** Read on every request, so a changed `storage.local` override applies without a restart. */
  serviceUrl: () => Promise<string>;
  fetch?: typeof fetch;
  now?: () => number;
  freshMs?: number;
  staleMs?: number;
}

export interface Resolver {
  /** Answers a page's papers: fresh cache entries at once, stale ones at once plus a refresh, misses in one request. */
  resolve(papers: PaperQuery[], options?: { fresh?: boolean }): Promise<ResolveReply>;
  /** A profile brought a fresher snapshot: later answers from the cache show it too. */
  refreshResearcher(summary: ResearcherSummary): Promise<void>;
}

interface Pending {
  key: string;
  paper: PaperQuery;
}

export function createResolver(options: ResolverOptions): Resolver {
  const now = options.now ?? Date.now;
  const freshMs = options.freshMs ?? FRESH_MS;
  const staleMs = options.staleMs ?? STALE_MS;
  /** Papers on their way from the service: a second tab asking for the same paper waits for the same answer. */
  const inFlight = new Map<string, Promise<PaperResult>>();

  async function fetchFromService(batch: Pending[]): Promise<Map<string, PaperResult>> {
    const url = await options.serviceUrl();
    const answered = new Map<string, PaperResult>();
    for (const group of withinLimits(batch)) {
      const response = await postResolve(url, { papers: group.map((p) => p.paper) }, fetchOption(options.fetch));
      pairAnswers(group, response.papers).forEach((result, key) => answered.set(key, result));
    }
    const storedAt = now();
    const entries: CachedPaper[] = [...answered].map(([key, result]) => ({ key, result, storedAt }));
    // A cache that cannot be written only costs a later request.
    await options.cache.put(entries).catch(() => undefined);
    return answered;
  }

  /** One promise per paper; papers already in flight join the existing request, the rest go in one new one. */
  function request(items: Pending[]): Map<string, Promise<PaperResult>> {
    const promises = new Map<string, Promise<PaperResult>>();
    const toSend = new Map<string, Pending>();
    for (const item of items) {
      const existing = inFlight.get(item.key);
      if (existing) promises.set(item.key, existing);
      else toSend.set(item.key, item);
    }
    if (toSend.size > 0) {
      const batch = fetchFromService([...toSend.values()]);
      for (const key of toSend.keys()) {
        const one = batch.then((answers) => {
          const result = answers.get(key);
          if (!result) throw new ServiceError('The PeerLens service did not answer for this paper.', null, true);
          return result;
        });
        one.catch(() => undefined); // awaited by the caller; a background refresh may not await it
        inFlight.set(key, one);
        void one.finally(() => inFlight.delete(key)).catch(() => undefined);
        promises.set(key, one);
      }
    }
    return promises;
  }

  return {
    refreshResearcher: (summary) => options.cache.refreshResearcher(summary).catch(() => undefined),

    async resolve(papers, { fresh = false } = {}) {
      const keys = papers.map((p) => paperCacheKey(p));
      const cached = await options.cache.get([...new Set(keys)]).catch(() => new Map<string, CachedPaper>());
      const time = now();
      const misses: Pending[] = [];
      const stale: Pending[] = [];
      papers.forEach((paper, i) => {
        const key = keys[i]!;
        const entry = cached.get(key);
        const age = entry ? time - entry.storedAt : Infinity;
        // A reader's Retry skips the cache: the answer it holds is the one being questioned. A partial answer
        // ("still looking") stands only until the service asked to be asked again: then it is a miss.
        const retryAfter = entry?.result.retryAfterSeconds;
        if (fresh) misses.push({ key, paper });
        else if (retryAfter !== undefined) {
          if (age > retryAfter * 1000) misses.push({ key, paper });
        } else if (age > staleMs) misses.push({ key, paper });
        else if (age > freshMs) stale.push({ key, paper });
      });
      // Stale-while-revalidate: the reader gets the old answer now; the next visit gets the new one.
      if (stale.length > 0) request(stale);
      const fetched = request(misses);
      try {
        const results = await Promise.all(
          keys.map((key) => fetched.get(key) ?? Promise.resolve(cached.get(key)!.result)),
        );
        return { ok: true, papers: results };
      } catch (error) {
        return toErrorReply(error);
      }
    },
  };
}

function fetchOption(f: typeof fetch | undefined): { fetch?: typeof fetch } {
  return f ? { fetch: f } : {};
}

/** Pairs answers with questions by identifier (the service echoes them), by order when it does not. */
function pairAnswers(asked: Pending[], answers: PaperResult[]): Map<string, PaperResult> {
  const byPaper = new Map<string, PaperResult>();
  for (const answer of answers) byPaper.set(paperKey(answer), answer);
  const paired = new Map<string, PaperResult>();
  asked.forEach((item, i) => {
    const answer = byPaper.get(paperKey(item.paper)) ?? (answers.length === asked.length ? answers[i] : undefined);
    if (answer) paired.set(item.key, answer);
  });
  return paired;
}

/** Splits a batch so each request stays within the service's limits (one request in every ordinary case). */
function withinLimits(batch: Pending[]): Pending[][] {
  const groups: Pending[][] = [];
  let group: Pending[] = [];
  let names = 0;
  for (const item of batch) {
    const n = item.paper.authors.length;
    if (group.length > 0 && (group.length >= LIMITS.papers || names + n > LIMITS.names)) {
      groups.push(group);
      group = [];
      names = 0;
    }
    group.push(item);
    names += n;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function toErrorReply(error: unknown): ResolveReply {
  if (error instanceof ServiceError) return { ok: false, error: error.message, retryable: error.retryable };
  return { ok: false, error: 'PeerLens could not look up these authors.', retryable: true };
}
