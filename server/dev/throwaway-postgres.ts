import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL 15 server of its own (Debian's `postgresql`), for the fault tests (which restart, freeze and
 * kill it, so it cannot be the suite's shared server) and for `npm run bench:service`. As root it runs as the
 * `postgres` user, since initdb refuses root.
 */
export const PG_BIN = process.env.PEERLENS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  port: number;
  /** Admin URL (database `postgres`). */
  url: string;
  dataDir: string;
  /** `pg_ctl restart -m fast`: every connection is dropped (57P01), the server is back when this resolves. */
  restart(): void;
  /** The postmaster's pid (for SIGSTOP/SIGCONT). */
  pid(): number;
  /** Runs a server binary (pgbench, psql) as the server's user; returns its output. */
  run(tool: string, args: string[]): string;
  stop(): void;
}

export async function startThrowawayPostgres(options: { durable?: boolean; settings?: string[] } = {}): Promise<ThrowawayPostgres> {
  for (const tool of ['initdb', 'pg_ctl']) {
    if (!existsSync(join(PG_BIN, tool))) throw new Error(`PostgreSQL 15 is not installed (${join(PG_BIN, tool)} is missing): apt-get install postgresql.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-pg-own-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const asPostgres = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const path = tool.includes('/') ? tool : existsSync(join(PG_BIN, tool)) ? join(PG_BIN, tool) : tool;
    const command = [path, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return execFileSync(asPostgres ? 'su' : 'sh', asPostgres ? ['postgres', '-c', command] : ['-c', command], { stdio: 'pipe', encoding: 'utf8' });
  };
  const durability = options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
  const opts = [`-p ${port}`, '-k /tmp', '-c listen_addresses=127.0.0.1', '-c max_connections=200', ...durability, ...(options.settings ?? [])].join(' ');
  run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    restart: () => void run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', join(dir, 'log'), '-m', 'fast', '-w', 'restart']),
    pid: () => Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
    run,
    stop: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
