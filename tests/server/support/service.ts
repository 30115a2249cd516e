import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createApp } from '../../../server/app';
import type { Database } from '../../../server/db/client';
import { ProfileBuilds } from '../../../server/profile/builds';
import type { Freshness } from '../../../server/resolve/freshness';
import { SearchCache } from '../../../server/search/search-cache';
import { OpenAlexClient } from '../../../server/upstream/openalex';
import { createTestDatabase } from './db';
import { type OpenAlexReplay, startOpenAlexReplay } from './openalex-replay';

export interface TestService {
  app: ReturnType<typeof createApp>;
  database: Database;
  replay: OpenAlexReplay;
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
  const buildLog: string[] = [];
  const builds = new ProfileBuilds((m) => buildLog.push(m));
  const searchCache = new SearchCache();
  const app = createApp({
    builds,
    searchCache,
    db: database.db,
    dbKind: database.kind,
    openalex,
    now: () => clock.now,
    ...(options.freshness ? { freshness: options.freshness } : {}),
    ...(options.deadlineMs ? { deadlineMs: options.deadlineMs } : {}),
  });
  return {
    app,
    database,
    replay,
    clock,
    builds,
    buildLog,
    searchCache,
    get: async (path) => app.request(path),
    resolve: async (body) => app.request('/v1/resolve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    close: async () => {
      await builds.idle();
      await replay.close();
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
    if (svc) svc.replay.requests.length = 0;
    svc?.searchCache.clear();
  });
}
