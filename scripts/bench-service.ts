/**
 * The trust service under load, in one run: a throwaway PostgreSQL 15, the service (`server/main.ts`) on it as a
 * child process, stored papers loaded by resolving them once against the OpenAlex replay, then a bounded load
 * generator (autocannon, 8 connections) against resolve of a stored paper, a profile and a search; then
 * `pgbench -S` on the same server; prints req/s, p50/p99, the ratio to pgbench, and the database statements one
 * stored resolve costs. Figures, not assertions (DESIGN.md budgets printed beside them).
 *
 *   npm run bench:service            (BENCH_SECONDS=10 BENCH_CONNECTIONS=8 by default; BENCH_WORKERS=n for several processes)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startOpenAlexReplay } from '../server/dev/openalex-replay';
import { MEARMAN_PAPERS, PEERJ } from '../server/dev/papers';
import { startThrowawayPostgres } from '../server/dev/throwaway-postgres';
import { freePort } from '../server/dev/free-port';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const WORKERS = process.env.BENCH_WORKERS;
/** e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where the service's CPU goes (written when it stops). */
const NODE_ARGS = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** Which endpoints to load (resolve,resolve-new,profile,search by default): profiling one at a time keeps the profile readable. */
const ONLY = (process.env.BENCH_ENDPOINTS ?? 'resolve,resolve-new,profile,search').split(',');
/** wrk (C, its own threads) beside autocannon (in this Node process, sharing the 2 cores with the service); BENCH_WRK=0 or no wrk: autocannon in a worker thread instead. */
const WRK = process.env.BENCH_WRK !== '0' && hasWrk();

const postgres = await startThrowawayPostgres({ durable: true });
const replay = await startOpenAlexReplay();
let service: ChildProcess | null = null;
try {
  postgres.run('psql', ['-h', '127.0.0.1', '-p', String(postgres.port), '-U', 'postgres', '-qc', 'create database peerlens']);
  postgres.run('psql', ['-h', '127.0.0.1', '-p', String(postgres.port), '-U', 'postgres', '-qc', 'create database bench']);
  const databaseUrl = `postgres://postgres@127.0.0.1:${postgres.port}/peerlens`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  service = spawn(process.execPath, [...NODE_ARGS, '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, OPENALEX_URL: replay.url, ...(WORKERS ? { WORKERS } : {}) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitHealthy(url);

  // Stored papers: one visit each stores the works and the authors' records, as a reader's first visit does.
  const papers = [PEERJ, ...MEARMAN_PAPERS].map((p) => ({ doi: p.doi, authors: p.authors.map((name) => ({ name })) }));
  const resolveBody = JSON.stringify({ papers: [papers[0]] });
  const first = (await (await post(`${url}/v1/resolve`, JSON.stringify({ papers }))).json()) as { papers: Array<{ authors: Array<{ state: string; researcher?: { id: string } }> }> };
  const resolved = first.papers.flatMap((p) => p.authors).filter((a) => a.state === 'resolved').length;
  const researcherId = first.papers[0]!.authors.find((a) => a.researcher)?.researcher?.id ?? 'A5048491430';
  await fetch(`${url}/v1/researchers/${researcherId}`).then((r) => r.text());
  await fetch(`${url}/v1/search?q=Heather%20Piwowar`).then((r) => r.text());

  const statements = await statementsPerResolve(databaseUrl, url, resolveBody);

  const rows: Row[] = [];
  for (const [name, label, opts] of [
    ['resolve', 'resolve (stored paper, 9 authors)', { url: `${url}/v1/resolve`, method: 'POST', body: resolveBody, headers: { 'content-type': 'application/json' } }],
    // The same paper in a body never seen before (JSON whitespace in front counts the requests): no whole answer
    // kept, so parsing, validation, the per-paper answers and serialising are all measured.
    ['resolve-new', 'resolve (stored paper, a new body each time)', { url: `${url}/v1/resolve`, method: 'POST', body: resolveBody, headers: { 'content-type': 'application/json' }, vary: true }],
    ['profile', `profile (${researcherId})`, { url: `${url}/v1/researchers/${researcherId}` }],
    ['search', 'search (name)', { url: `${url}/v1/search?q=Heather%20Piwowar` }],
  ] as const) {
    if (!ONLY.includes(name)) continue;
    let cpuBefore = serviceCpuMs(service.pid!);
    const result = await autocannon({ ...load(opts), connections: CONNECTIONS, duration: SECONDS } as autocannon.Options);
    const total = result.requests.total;
    rows.push({ label, tool: 'autocannon', total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.timeouts, non2xx: result.non2xx, cpu: (serviceCpuMs(service.pid!) - cpuBefore) / Math.max(1, total) });
    cpuBefore = serviceCpuMs(service.pid!);
    if (WRK) {
      const w = runWrk(opts);
      rows.push({ label, tool: 'wrk', ...w, cpu: (serviceCpuMs(service.pid!) - cpuBefore) / Math.max(1, w.total) });
    } else {
      // No wrk: autocannon in a worker thread, so at least its work is off this process's event loop.
      const r = await autocannon({ ...load(opts), connections: CONNECTIONS, duration: SECONDS, workers: 1 } as autocannon.Options);
      rows.push({ label, tool: 'autocannon (worker thread)', total: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + r.timeouts, non2xx: r.non2xx, cpu: (serviceCpuMs(service.pid!) - cpuBefore) / Math.max(1, r.requests.total) });
    }
  }

  postgres.run('pgbench', ['-h', '127.0.0.1', '-p', String(postgres.port), '-U', 'postgres', '-i', '-s', '10', '-q', 'bench']);
  const pgbenchOut = postgres.run('pgbench', ['-h', '127.0.0.1', '-p', String(postgres.port), '-U', 'postgres', '-S', '-n', '-c', String(CONNECTIONS), '-j', '2', '-T', String(SECONDS), 'bench']);
  const tps = Number(/tps = ([\d.]+)/.exec(pgbenchOut)?.[1] ?? NaN);

  console.log(`\nService under load: PostgreSQL 15 (throwaway), ${CONNECTIONS} connections, ${SECONDS} s each, ${serviceProcesses(service.pid!)} service process(es)${WORKERS ? ` (BENCH_WORKERS=${WORKERS})` : ' (WORKERS default)'}; ${resolved} stored authors resolved on the first visit.`);
  console.log(`Machine: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} load average (1/5/15 min) on ${cpuCount()} cores.`);
  console.log('| endpoint | load generator | req/s | p50 ms | p99 ms | errors | non-2xx | of pgbench -S | service CPU ms/request |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.label} | ${r.tool} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.failed} | ${r.non2xx} | ${((r.rps / tps) * 100).toFixed(1)}% | ${r.cpu.toFixed(2)} |`);
  }
  console.log(`| pgbench -S (same server) | pgbench (C, -j 2) | ${tps.toFixed(0)} tps | | | | | 100% | |`);
  console.log(`autocannon runs inside this Node process and takes CPU from the service on a small machine; ${WRK ? 'wrk is a C load generator (2 threads), closer to how pgbench -S is measured' : 'wrk is not installed (apt-get install wrk), so the second row is autocannon in a worker thread'}.`);
  console.log('CPU ms/request (the service processes\' own CPU time over the run ÷ requests) does not depend on how busy the machine is: 1000 ÷ it is what one free core would serve.');
  console.log(`\nDatabase statements per stored resolve: ${statements.toFixed(1)} (budget: at most 2 round trips)`);
  console.log('Budgets (DESIGN.md): p99 < 20 ms at 8 connections; resolve ≥ 10% (goal 30%) of pgbench -S.');
} finally {
  service?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await replay.close();
  postgres.stop();
}

interface Load {
  url: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  /** A new body for every request: the same JSON behind whitespace that counts the requests. */
  vary?: boolean;
}

/** n written in JSON whitespace (base 4): a distinct prefix for every request. */
function whitespaceOf(n: number): string {
  let out = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / 4)) out += ' \t\n\r'[k % 4];
  return out;
}

/** autocannon's options for a load (a varied body through setupRequest). */
function load(opts: Load): autocannon.Options {
  const { vary, ...rest } = opts;
  if (!vary) return rest as autocannon.Options;
  let n = 0;
  return { ...rest, requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: whitespaceOf(n++) + opts.body }) }] } as autocannon.Options;
}

interface Row {
  label: string;
  tool: 'autocannon' | 'autocannon (worker thread)' | 'wrk';
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  non2xx: number;
  total: number;
  cpu: number;
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version; only a missing binary throws ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** wrk with 2 threads, the same connections and seconds; a POST body goes through a small Lua script. */
function runWrk(opts: Load): Omit<Row, 'label' | 'tool' | 'cpu'> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wrk-'));
  try {
    const script = join(dir, 'request.lua');
    const lua = [
      opts.method ? `wrk.method = ${JSON.stringify(opts.method)}` : '',
      opts.body && !opts.vary ? `wrk.body = ${JSON.stringify(opts.body)}` : '',
      ...(opts.vary
        ? [
            // Each thread counts its own requests; its number keeps the two threads' bodies apart.
            'local threads = 0',
            'setup = function(thread) thread:set("tid", threads); threads = threads + 1 end',
            'local n = 0',
            'local ws = { " ", "\\t", "\\n", "\\r" }',
            'request = function()',
            '  n = n + 1',
            '  local k, pad = n * 2 + tid, {}',
            '  while k > 0 do pad[#pad + 1] = ws[(k % 4) + 1]; k = math.floor(k / 4) end',
            `  return wrk.format(nil, nil, nil, table.concat(pad) .. ${JSON.stringify(opts.body)})`,
            'end',
          ]
        : []),
      ...Object.entries(opts.headers ?? {}).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`),
      // Latency percentiles and error counts (status: 4xx/5xx answers), printed in a form this script reads back.
      'done = function(summary, latency, requests)',
      '  io.write(string.format("BENCH %d %d %d %f %f\\n", summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))',
      'end',
    ].join('\n');
    writeFileSync(script, lua);
    const out = execFileSync('wrk', ['-t', '2', '-c', String(CONNECTIONS), '-d', `${SECONDS}s`, '-s', script, opts.url], { encoding: 'utf8' });
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
    const [, total, failed, non2xx, p50, p99] = /BENCH (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+)/.exec(out) ?? [];
    return { rps, total: Number(total), failed: Number(failed), non2xx: Number(non2xx), p50: Math.round(Number(p50) * 10) / 10, p99: Math.round(Number(p99) * 10) / 10 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The serving processes: the cluster workers when there are any, else the one process. */
function serviceProcesses(pid: number): number {
  return execFileSync('sh', ['-c', `pgrep -P ${pid} -f server/main.ts || true`], { encoding: 'utf8' }).split('\n').filter(Boolean).length || 1;
}

/** CPU time (user + system) of the service process and its children (cluster workers), in ms. */
function serviceCpuMs(pid: number): number {
  const pids = [pid, ...execFileSync('sh', ['-c', `pgrep -P ${pid} || true`], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)];
  let ticks = 0;
  for (const p of pids) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

function cpuCount(): number {
  return readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length;
}

async function waitHealthy(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await fetch(`${url}/v1/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The service did not become healthy in 60 s.');
}

function post(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** Statements the service's database ran per stored resolve (pg_stat_database transactions over 100 sequential calls). */
async function statementsPerResolve(databaseUrl: string, url: string, body: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async () => {
    // A busy backend flushes its statistics at most once a second, an idle one after 10 s (PostgreSQL 15).
    await new Promise((r) => setTimeout(r, 11_000));
    await client.query('select pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ n: string }>("select xact_commit + xact_rollback as n from pg_stat_database where datname = 'peerlens'");
    return Number(rows[0]!.n);
  };
  try {
    const before = await count();
    const N = 100;
    for (let i = 0; i < N; i++) await (await post(`${url}/v1/resolve`, body)).text();
    const after = await count();
    // This session's own two reads count as transactions too.
    return (after - before - 2) / N;
  } finally {
    await client.end();
  }
}
