import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createApp } from '../../../server/app';
import type { Database } from '../../../server/db/client';
import { ProfileBuilds } from '../../../server/profile/builds';
import type { Freshness } from '../../../server/resolve/freshness';
import { SearchCache } from '../../../server/search/search-cache';
import { CrossrefClient } from '../../../server/upstream/crossref';
import { OpenAlexClient } from '../../../server/upstream/openalex';
import { SemanticScholarClient } from '../../../server/upstream/semantic-scholar';
import { type CrossrefReplay, startCrossrefReplay } from '../../../server/dev/crossref-replay';
import { createTestDatabase } from './db';
import { type OpenAlexReplay, startOpenAlexReplay } from '../../../server/dev/openalex-replay';
import { type SemanticScholarReplay, startSemanticScholarReplay } from '../../../server/dev/semantic-scholar-replay';

export interface TestService {
  app: ReturnType<typeof createApp>;
  database: Database;
  replay: OpenAlexReplay;
  /** Semantic Scholar and Crossref stand-ins (see their files for what they answer from). */
  s2: SemanticScholarReplay;
  crossref: CrossrefReplay;
  /** The clock the app reads; tests move it to age stored records. */
  clock: { now: Date };
  /** Profile builds, so tests can wait for background rebuilds. */
  builds: ProfileBuilds;
  /** Rebuild failures logged by `builds`. */
  buildLog: string[];
  searchCache: SearchCache;
  resolve(body: unknown): Promise<Response>;
  get(path: string): Promise<Response>;
  close(): Promise<void>;
}

/** The app in-process over its own PGlite copy, talking to the OpenAlex replay with short retries and timeouts. */
export async function createTestService(
  options: { timeoutMs?: number; freshness?: Freshness; database?: Database; deadlineMs?: number; concurrency?: number; maxBytes?: number } = {},
): Promise<TestService> {
  const database = options.database ?? (await createTestDatabase());
  const replay = await startOpenAlexReplay();
  const s2 = await startSemanticScholarReplay();
  const crossref = await startCrossrefReplay();
  const clock = { now: new Date('2026-05-20T12:00:00Z') };
  const openalex = new OpenAlexClient({
    baseUrl: replay.url,
    apiKey: 'test-key',
    timeoutMs: options.timeoutMs ?? 2_000,
    // Fault tests fail many calls in a row on purpose; the circuit has its own tests (upstream-faults.test.ts).
    breakAfter: 1_000,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    retry: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 20, maxRetryAfterMs: 100 },
  });
  const tuning = { timeoutMs: options.timeoutMs ?? 2_000, breakAfter: 1_000, retry: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 20, maxRetryAfterMs: 100 } };
  const s2Client = new SemanticScholarClient({ baseUrl: s2.url, apiKey: 'test-s2-key', ...tuning });
  const crossrefClient = new CrossrefClient({ baseUrl: crossref.url, ...tuning });
  const buildLog: string[] = [];
  const builds = new ProfileBuilds((m) => buildLog.push(m));
  const searchCache = new SearchCache();
  const app = createApp({
    builds,
    searchCache,
    db: database.db,
    dbKind: database.kind,
    openalex,
    s2: s2Client,
    crossref: crossrefClient,
    now: () => clock.now,
    ...(options.freshness ? { freshness: options.freshness } : {}),
    // A loaded CI machine must not turn slow answers into "still looking": only the deadline tests set a short one.
    deadlineMs: options.deadlineMs ?? 60_000,
  });
  return {
    app,
    database,
    replay,
    s2,
    crossref,
    clock,
    builds,
    buildLog,
    searchCache,
    get: async (path) => app.request(path),
    resolve: async (body) => app.request('/v1/resolve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    close: async () => {
      await builds.idle();
      await replay.close();
      await s2.close();
      await crossref.close();
      await database.close();
    },
  };
}

/**
 * One service per test file (`describe` block), closed after it, with the replay's faults, merges and
 * request log and the search cache reset before each test, so tests of one file cannot leak into each other.
 */
export function useTestService(ready: (svc: TestService) => void): void {
  let svc: TestService | undefined;
  beforeAll(async () => {
    svc = await createTestService();
    ready(svc);
  });
  afterAll(async () => {
    await svc?.close();
  });
  beforeEach(() => {
    svc?.replay.setFault(null);
    svc?.replay.setMerges({});
    svc?.replay.setWorld(null);
    svc?.s2.reset();
    svc?.crossref.setFault(null);
    if (svc) svc.replay.requests.length = 0;
    if (svc) svc.crossref.requests.length = 0;
    svc?.searchCache.clear();
  });
}
