/**
 * Benchmarks PeerLens in Chromium with the built extension against the same pages without it, in one
 * run, and prints a table: main-thread time, longest task, requests to the service, time to the first
 * settled badge. Figures, not assertions: budgets are in docs/architecture.md.
 *
 *   npm run build && npm run bench
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenAlexReplay } from '../tests/server/support/openalex-replay';
import { savedArxivPages } from '../tests/e2e/support/arxiv-pages';
import { chromiumPath, extensionDir } from '../tests/e2e/support/paths';
import { setServiceUrl } from '../tests/e2e/support/extension-settings';
import { LocalService, freePort } from '../tests/e2e/support/service';

const PAGES = ['abs_2507.06261v6.html', 'abs_1706.03762v7.html'];
const RUNS = 3;

interface Sample {
  taskMs: number;
  scriptMs: number;
  longestTaskMs: number;
  longTasks: number;
  firstBadgeMs: number | null;
  requests: number;
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'peerlens-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args });
  return { context, profile };
}

async function measure(context: BrowserContext, url: string, serviceUrl: string, counter: { n: number }): Promise<Sample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = counter.n;
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  let firstBadgeMs: number | null = null;
  try {
    await page.waitForSelector('[data-peerlens="badge"]:not([data-state="loading"])', { timeout: 10_000 });
    firstBadgeMs = Date.now() - t0;
  } catch {
    firstBadgeMs = null; // no extension, or nothing settled
  }
  await page.waitForTimeout(1500); // let deferred work (chunked badge insertion) finish
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await page.close();
  void serviceUrl;
  return {
    taskMs: m('TaskDuration'),
    scriptMs: m('ScriptDuration'),
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    firstBadgeMs,
    requests: counter.n - start,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const replay = await startOpenAlexReplay();
  const service = new LocalService(await freePort(), { OPENALEX_URL: replay.url });
  await service.start();
  const pages = new Map(savedArxivPages().map((p) => [p.file, p]));
  const rows: string[][] = [];
  try {
    for (const withExtension of [false, true]) {
      const { context, profile } = await launch(withExtension);
      const counter = { n: 0 };
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin === service.url) {
          counter.n++;
          return route.continue();
        }
        const saved = [...pages.values()].find((p) => new URL(p.url).host === url.host && new URL(p.url).pathname === url.pathname);
        if (saved) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: saved.html });
        return url.host.endsWith('arxiv.org') ? route.fulfill({ status: 404, body: '' }) : route.abort('blockedbyclient');
      });
      if (withExtension) {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        await setServiceUrl(worker, service.url);
      }
      for (const file of PAGES) {
        const saved = pages.get(file)!;
        // Run 1 is cold (service and cache empty for this paper); later runs hit the extension's cache.
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await measure(context, saved.url, service.url, counter));
        const label = withExtension ? 'with PeerLens' : 'without';
        const warm = samples.slice(1);
        rows.push([
          file,
          label,
          median(samples.map((s) => s.taskMs)).toFixed(0),
          median(samples.map((s) => s.scriptMs)).toFixed(0),
          Math.max(...samples.map((s) => s.longestTaskMs)).toFixed(0),
          String(samples[0]!.requests),
          String(warm.reduce((n, s) => n + s.requests, 0)),
          samples[0]!.firstBadgeMs === null ? '–' : `${samples[0]!.firstBadgeMs}`,
          warm[0]?.firstBadgeMs == null ? '–' : `${warm[0].firstBadgeMs}`,
        ]);
      }
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    await service.dispose();
    await replay.close();
  }
  const head = ['page', 'run', 'main-thread task ms (median)', 'script ms (median)', 'longest task ms', 'requests (cold)', 'requests (2 warm)', 'first badge ms (cold)', 'first badge ms (warm)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
