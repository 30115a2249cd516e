import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

/** The one database type the rest of the service sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction's handle, for the reads and writes that must share one (stores take it where they do). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Applies the committed migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Bounds on every Postgres connection, so a restarting or overloaded server fails requests fast (503) instead
 * of hanging them: connecting (also waiting for a free pooled connection), each statement, a transaction left idle.
 */
export const POSTGRES_TIMEOUTS = {
  connectionTimeoutMillis: 2_000,
  statement_timeout: 3_000,
  // No client-side query_timeout: one timer per statement cost a third of a stored resolve's throughput
  // (bench:service). A frozen server is caught by the bounded reads of /healthz and of the answer generation,
  // and by connectionTimeoutMillis once its connections are busy.
  idle_in_transaction_session_timeout: 10_000,
  idleTimeoutMillis: 30_000,
  keepAlive: true,
} satisfies pg.PoolConfig;

/** A pool that rides through a database restart: a dropped idle connection is logged and replaced, never fatal. */
export function createPostgresPool(config: pg.PoolConfig, log: (message: string) => void = console.warn): pg.Pool {
  const pool = new pg.Pool({ ...POSTGRES_TIMEOUTS, max: 20, ...config });
  // Without a listener, an idle connection's error ('terminating connection', 57P01) is an unhandled 'error' event.
  pool.on('error', (error) => log(`Database connection lost (${(error as { code?: string }).code ?? error.message}); the pool reconnects on the next query.`));
  // A checked-out connection can fail between two statements of a transaction: the statement fails, the process lives.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/** Postgres when `databaseUrl` is set, otherwise PGlite in `dataDir`. */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<Database> {
  if (options.databaseUrl) return fromPostgres(createPostgresPool({ connectionString: options.databaseUrl }));
  mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir });
  return fromPglite(client);
}

export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

export function fromPostgres(pool: pg.Pool): Database {
  const db = drizzlePg(pool, { schema });
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePg(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}
