import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { parseTrustProxy } from './auth/client-address';
import { authDepsFromConfig } from './auth/deps';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { acquireDataDirLock } from './db/lock';
import { ProfileBuilds } from './profile/builds';
import { CrossrefClient } from './upstream/crossref';
import { OpenAlexClient, type RetryOptions } from './upstream/openalex';
import { SemanticScholarClient } from './upstream/semantic-scholar';

export interface RunningService {
  url: string;
  port: number;
  /** Stops accepting requests, then closes the database and releases the data folder. */
  close(): Promise<void>;
}

/** Opens the database, applies migrations and listens on 127.0.0.1; used by `main.ts` and by tests in-process. */
export async function startService(
  config: Config,
  options: { retry?: Partial<RetryOptions>; timeoutMs?: number; migrate?: boolean } = {},
): Promise<RunningService> {
  const release = config.DATABASE_URL ? () => {} : acquireDataDirLock(config.DATA_DIR);
  let database;
  try {
    database = await openDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
    if (options.migrate !== false) await database.migrate();
  } catch (error) {
    await database?.close();
    release();
    throw error;
  }
  const openalex = new OpenAlexClient({
    baseUrl: config.OPENALEX_URL,
    apiKey: config.OPENALEX_API_KEY,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const tuning = { ...(options.retry ? { retry: options.retry } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  const s2 = new SemanticScholarClient({ baseUrl: config.S2_URL, apiKey: config.S2_API_KEY, ...tuning });
  const crossref = new CrossrefClient({ baseUrl: config.CROSSREF_URL, ...tuning });
  const builds = new ProfileBuilds();
  const app = createApp({ db: database.db, dbKind: database.kind, openalex, s2, crossref, now: () => new Date(), builds, auth: authDepsFromConfig(config), trustProxy: parseTrustProxy(config.TRUST_PROXY) });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await database.close();
    release();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; the extension's worker keeps them.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        // Background rebuilds write to the database; let them finish before it closes.
        await builds.idle();
        await database.close();
        release();
      })()),
  };
}
