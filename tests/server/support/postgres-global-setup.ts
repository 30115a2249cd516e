import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global set-up of the `server-postgres` project: a throwaway PostgreSQL 15 server (Debian's `postgresql`,
 * fsync off, socket in /tmp) for the whole run; the service tests then give each test file its own database
 * (tests/server/support/db.ts). Missing binaries fail the project loudly: a silently skipped suite would
 * report green without ever touching Postgres. `.ci/run` installs them.
 */
const BIN = process.env.PEERLENS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the throwaway server (database `postgres`); unset in the PGlite project. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const tool of ['initdb', 'pg_ctl']) {
    if (!existsSync(join(BIN, tool))) {
      throw new Error(`PostgreSQL 15 is not installed (${join(BIN, tool)} is missing): apt-get install postgresql, or run .ci/run.`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  // initdb refuses to run as root: as root, run the server as the `postgres` user.
  const asPostgres = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = [join(BIN, tool), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    execFileSync(asPostgres ? 'su' : 'sh', asPostgres ? ['postgres', '-c', command] : ['-c', command], { stdio: 'pipe' });
  };
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
