import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, fromPglite, fromPostgres, migrationsFolder } from '../../../server/db/client';

/**
 * A real PGlite database for a test file, copied from a migrated template. The template is built once (initdb
 * and migrations take seconds) and kept as a tarball in the temp folder, keyed by the migrations' content, so
 * every test file and worker after the first only loads it.
 */
export async function createTestDatabase(): Promise<Database> {
  // The `server-postgres` project provides a server (postgres-global-setup.ts); DATABASE_URL serves runs by hand.
  const postgresUrl = inject('postgresUrl') ?? process.env.DATABASE_URL;
  if (postgresUrl) return createPostgresTestDatabase(postgresUrl);
  const template = await templateDump();
  const client = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(template)]) });
  return fromPglite(client);
}

async function templateDump(): Promise<Buffer> {
  const path = join(tmpdir(), `peerlens-pglite-template-${migrationsHash()}.tar.gz`);
  if (existsSync(path)) return readFileSync(path);
  const client = await PGlite.create();
  try {
    await fromPglite(client).migrate();
    const dump = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
    // Write then rename: test workers racing to build it never read half a file.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, dump);
    renameSync(partial, path);
    return dump;
  } finally {
    await client.close();
  }
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The same for PostgreSQL: a fresh database per test file, created from a migrated template database (a file
 * copy, fast), dropped again on close. The template is built once per migrations version, under an advisory
 * lock so that parallel test workers do not race to build it.
 */
async function createPostgresTestDatabase(adminUrl: string): Promise<Database> {
  const template = `peerlens_template_${migrationsHash()}`;
  const name = `peerlens_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(7245001)');
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount === 0) {
        await admin.query(`create database "${template}"`);
        const pool = new pg.Pool({ connectionString: withDatabase(adminUrl, template), max: 1 });
        try {
          await fromPostgres(pool).migrate();
        } finally {
          await pool.end();
        }
        await admin.query(`alter database "${template}" is_template true`);
      }
    } finally {
      await admin.query('select pg_advisory_unlock(7245001)');
    }
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const database = fromPostgres(new pg.Pool({ connectionString: withDatabase(adminUrl, name), max: 10 }));
  return {
    ...database,
    close: async () => {
      await database.close();
      // Not WITH (FORCE): that kills pool connections still closing, which then throw in the test process. A
      // database that is still busy is left behind; the throwaway server is removed at the end of the run anyway.
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      try {
        for (let attempt = 0; attempt < 10; attempt++) {
          try {
            await drop.query(`drop database if exists "${name}"`);
            break;
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await drop.end();
      }
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
