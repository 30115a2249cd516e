/**
 * The first-run check: runs `npm run dev` as a newcomer would (a fresh database folder), and measures the time
 * from the command to a dev-browser page showing resolved badges, read through the browser's remote-debugging
 * port. Prints the seconds and exits 0 when all nine PeerJ authors resolved within the limit (60 s).
 *
 *   xvfb-run -a npx tsx scripts/check-dev-first-run.ts     (xvfb-run: Debian's xvfb, on a machine without a display)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { DEV_BROWSER_DEBUG_PORT, DEV_START_PAGES } from '../server/dev/browser-port';

const LIMIT_S = 60;
const GIVE_UP_S = 150;
const PAGE = DEV_START_PAGES[0]!;
const RESOLVED = '[data-peerlens=badge][data-state=resolved]';

for (const port of [8787, 8790, 8791, DEV_BROWSER_DEBUG_PORT]) {
  if (!(await free(port))) {
    console.log(`Port ${port} is in use (another \`npm run dev\`?): stop it first.`);
    process.exit(2);
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'peerlens-first-run-'));
const started = performance.now();
const dev = spawn('npm', ['run', 'dev'], { env: { ...process.env, DATA_DIR: dataDir, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
const log: string[] = [];
const seconds = () => (performance.now() - started) / 1000;
const record = (d: Buffer) => log.push(...d.toString().split('\n').filter(Boolean).map((line) => `${seconds().toFixed(1).padStart(6)} s  ${line}`));
dev.stdout.on('data', record);
dev.stderr.on('data', record);

let browser: Browser | null = null;
let result: { seconds: number; resolved: number } | null = null;
try {
  while (seconds() < GIVE_UP_S && dev.exitCode === null) {
    browser ??= await chromium.connectOverCDP(`http://127.0.0.1:${DEV_BROWSER_DEBUG_PORT}`).catch(() => null);
    const page = browser?.contexts()[0]?.pages().find((p) => p.url() === PAGE);
    const resolved = page ? await page.locator(RESOLVED).count().catch(() => 0) : 0;
    if (resolved >= 9) {
      result = { seconds: seconds(), resolved };
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
} finally {
  await browser?.close().catch(() => undefined);
  stop();
}

if (process.argv.includes('--verbose')) console.log(log.join('\n'));
// The machine's load says how far the figure is from a quiet machine's.
const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
if (result) console.log(`npm run dev → ${result.resolved} resolved badges on ${PAGE} after ${result.seconds.toFixed(1)} s (limit ${LIMIT_S} s; ${load}).`);
else console.log(`No page with resolved badges within ${GIVE_UP_S} s. The dev command said:\n${log.join('\n').slice(-4000)}`);
setTimeout(() => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(result && result.seconds <= LIMIT_S ? 0 : 1);
}, 3000);

/** Ends the dev command and everything it started (its own process group). */
function stop(): void {
  if (dev.pid === undefined) return;
  try {
    process.kill(-dev.pid, 'SIGTERM');
  } catch {
    return;
  }
  setTimeout(() => {
    try {
      process.kill(-dev.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 2000).unref();
}

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
