/**
 * Benchmarks PeerLens in Chromium with the built extension against the same pages without it, in one
 * run, and prints a table: main-thread time added, the longest task, requests to the service, and the
 * time from load to the first resolved badge with a warm service (the service has the answer, the
 * extension's cache is empty) and with a warm cache (the extension answers from IndexedDB). Pages: the
 * generated 1,000-entry arXiv listing (4,000 names) and the saved 3,426-author abstract page (Gemini 2.5).
 * Figures, not assertions: the budgets (DESIGN.md) are printed beside them. It starts with the service's upstream
 * calls per resolve and the evaluation of papers OpenAlex lacks (scripts/bench-upstream.ts).
 *
 *   npm run build && npm run bench          (PEERLENS_BENCH=detector: the detector's table only; PEERLENS_BENCH=bundles: every bundle's size only)
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startOpenAlexReplay } from '../server/dev/openalex-replay';
import { BENCH_LISTING_URL, thousandEntryListing } from './support/arxiv-listing-page';
import { savedArxivPages } from '../server/dev/saved-pages';
import { chromiumPath, extensionDir } from './support/extension-paths';
import { setServiceUrl } from './support/extension-settings';
import { LocalService } from '../server/dev/local-service';
import { freePort } from '../server/dev/free-port';
import { extensionWork, startTrace, stopTrace, type ExtensionWork } from './bench-trace';
import { bundleBudget, measureAllBundles, measureBundles } from './bundle-budget';
import { benchUpstream } from './bench-upstream';
import { DETECTOR_PAGES, benchDetector, detectorSizeLine, noopDetectorBuild } from './bench-detector';

const RUNS = 3;
const SETTLE_MS = 2500;

interface BenchPage {
  label: string;
  url: string;
  html: string;
}

interface Sample {
  taskMs: number;
  longestTaskMs: number;
  /** From the trace: top-level tasks that ran PeerLens code (zero without the extension). */
  peerlens: ExtensionWork;
  firstBadgeMs: number | null;
  requests: number;
}

const abs = savedArxivPages().find((p) => p.file === 'abs_2507.06261v6.html')!;
const PAGES: BenchPage[] = [
  { label: '1,000-entry listing (4,000 names)', url: BENCH_LISTING_URL, html: thousandEntryListing() },
  { label: '3,426-author abstract page', url: abs.url, html: abs.html },
];

async function launch(withExtension: boolean, dir = extensionDir): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'peerlens-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args, viewport: { width: 1280, height: 800 } });
  return { context, profile };
}

async function measure(context: BrowserContext, page: BenchPage, counter: { n: number }): Promise<Sample> {
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await startTrace(cdp);
  const start = counter.n;
  const t0 = Date.now();
  await tab.goto(page.url, { waitUntil: 'load' });
  const firstBadgeMs = await firstResolved(tab, t0);
  await tab.waitForTimeout(SETTLE_MS); // deferred work: batches, chunked insertion
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
  const longTasks = await tab.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const peerlens = extensionWork(await stopTrace(cdp));
  await tab.close();
  return { taskMs, longestTaskMs: Math.max(0, ...longTasks), peerlens, firstBadgeMs, requests: counter.n - start };
}

async function firstResolved(tab: Page, t0: number): Promise<number | null> {
  try {
    await tab.waitForSelector('[data-peerlens="badge"]:not([data-state="loading"])', { timeout: 15_000, state: 'attached' });
    return Date.now() - t0;
  } catch {
    return null; // no extension
  }
}

/** Empties the extension's IndexedDB cache through the options page's own message. */
async function clearExtensionCache(context: BrowserContext, extensionId: string): Promise<void> {
  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/options.html`);
  await tab.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'peerlens:clear-cache' }));
  await tab.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function contentScriptSizes(): string[] {
  const card = join(extensionDir, 'card.js');
  const cardLine = existsSync(card) ? [`card.js (loaded on a card's first open, outside the budget): ${(gzipSync(readFileSync(card), { level: 9 }).length / 1024).toFixed(1)} KB gzipped`] : [];
  return [...bundleBudget(measureBundles(extensionDir)).verdicts.map((v) => v.line), ...cardLine];
}

async function routePages(context: BrowserContext, serviceUrl: string, counter: { n: number }): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.origin === serviceUrl) {
      if (url.pathname === '/v1/resolve') counter.n++;
      return route.continue();
    }
    const page = [...PAGES, ...DETECTOR_PAGES].find((p) => p.url === url.href || new URL(p.url).origin + new URL(p.url).pathname === url.origin + url.pathname);
    if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html });
    return url.host.endsWith('arxiv.org') ? route.fulfill({ status: 404, body: '' }) : route.abort('blockedbyclient');
  });
}

/** Every bundle of the Chromium build, raw and gzipped (issue 10: a layout change must not grow them). */
function bundleTable(): string[] {
  const sizes = measureAllBundles(extensionDir);
  const total = sizes.reduce((t, s) => ({ bytes: t.bytes + s.bytes, gzipBytes: t.gzipBytes + s.gzipBytes }), { bytes: 0, gzipBytes: 0 });
  const width = Math.max(...sizes.map((s) => s.file.length), 5);
  const row = (file: string, bytes: number, gzip: number) => `| ${file.padEnd(width)} | ${String(bytes).padStart(9)} | ${String(gzip).padStart(9)} |`;
  return [
    `| ${'file'.padEnd(width)} |     bytes |   gzip -9 |`,
    `|${'-'.repeat(width + 2)}|-----------|-----------|`,
    ...sizes.map((s) => row(s.file, s.bytes, s.gzipBytes)),
    row('total', total.bytes, total.gzipBytes),
  ];
}

async function main(): Promise<void> {
  if (process.env.PEERLENS_BENCH === 'bundles') {
    bundleTable().forEach((l) => console.log(l));
    return;
  }
  // Service side first (no browser): upstream calls per resolve, and resolution of papers OpenAlex lacks.
  console.log((await benchUpstream()).join('\n'));
  console.log('');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const replay = await startOpenAlexReplay();
  const service = new LocalService(await freePort(), { OPENALEX_URL: replay.url });
  try {
    await service.start();
  } catch (error) {
    // A service that started too slowly must not outlive the bench.
    await service.dispose();
    await replay.close();
    throw error;
  }
  const results = new Map<string, { without: Sample[]; withExt: Sample[]; warmService?: Sample; warmCache?: Sample }>();
  let detectorLines: string[] = [];
  const browsers: { context: BrowserContext; profile: string; counter: { n: number } }[] = [];
  try {
    // Both browsers stay up and loads alternate between them, so neither pays the other's warm-up.
    for (const withExtension of [false, true]) {
      const { context, profile } = await launch(withExtension);
      const counter = { n: 0 };
      await routePages(context, service.url, counter);
      browsers.push({ context, profile, counter });
    }
    const [plain, ext] = browsers as [typeof browsers[number], typeof browsers[number]];
    const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await setServiceUrl(worker, service.url);

    {
      // The detector against a build whose detector is empty: the difference is the detector's own cost.
      const noopDir = noopDetectorBuild(extensionDir);
      const noop = await launch(true, noopDir);
      const noopCounter = { n: 0 };
      await routePages(noop.context, service.url, noopCounter);
      const noopWorker = noop.context.serviceWorkers()[0] ?? (await noop.context.waitForEvent('serviceworker'));
      try {
        detectorLines = await benchDetector(
          [
            { label: 'PeerLens', context: ext.context, worker, requests: ext.counter },
            { label: 'empty detector (baseline)', context: noop.context, worker: noopWorker, requests: noopCounter },
          ],
          RUNS * 2,
        );
      } finally {
        await noop.context.close();
        rmSync(noop.profile, { recursive: true, force: true });
        rmSync(noopDir, { recursive: true, force: true });
      }
    }
    // PEERLENS_BENCH=detector: only the always-on detector's table (seconds instead of minutes).
    for (const page of process.env.PEERLENS_BENCH === 'detector' ? [] : PAGES) {
      const row: { without: Sample[]; withExt: Sample[]; warmService?: Sample; warmCache?: Sample } = { without: [], withExt: [] };
      // Warm-up, not counted: the browsers' first load of the page, and the service's first answer.
      await measure(plain.context, page, plain.counter);
      await measure(ext.context, page, ext.counter);
      for (let i = 0; i < RUNS; i++) {
        await clearExtensionCache(ext.context, extensionId);
        row.without.push(await measure(plain.context, page, plain.counter));
        row.withExt.push(await measure(ext.context, page, ext.counter));
      }
      await clearExtensionCache(ext.context, extensionId);
      row.warmService = await measure(ext.context, page, ext.counter);
      row.warmCache = await measure(ext.context, page, ext.counter);
      results.set(page.label, row);
    }
  } finally {
    for (const b of browsers) {
      await b.context.close();
      rmSync(b.profile, { recursive: true, force: true });
    }
    await service.dispose();
    await replay.close();
  }

  const head = ['page', 'main-thread ms without', 'with', 'PeerLens tasks ms (budget <50)', 'longest task ms without', 'with', 'longest PeerLens task ms (budget <50)', 'requests (warm service)', 'requests (warm cache)', 'first badge ms, warm service', 'first badge ms, warm cache'];
  const rows = [...results].map(([label, r]) => {
    const without = median(r.without.map((s) => s.taskMs));
    const withExt = median(r.withExt.map((s) => s.taskMs));
    return [
      label,
      without.toFixed(0),
      withExt.toFixed(0),
      median(r.withExt.map((s) => s.peerlens.totalMs)).toFixed(1),
      Math.max(...r.without.map((s) => s.longestTaskMs)).toFixed(0),
      Math.max(...r.withExt.map((s) => s.longestTaskMs)).toFixed(0),
      Math.max(...r.withExt.map((s) => s.peerlens.longestTaskMs)).toFixed(1),
      String(r.warmService!.requests),
      String(r.warmCache!.requests),
      r.warmService!.firstBadgeMs === null ? '–' : String(r.warmService!.firstBadgeMs),
      r.warmCache!.firstBadgeMs === null ? '–' : String(r.warmCache!.firstBadgeMs),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
  console.log(`\nMedian of ${RUNS} alternating loads each (extension cache emptied before each, service warm); longest task is the worst load; PeerLens columns come from a trace of each load. Content scripts:`);
  contentScriptSizes().forEach((s) => console.log(`  ${s}`));
  console.log(`  ${detectorSizeLine(extensionDir)}`);
  console.log('\nEvery bundle of the build (PEERLENS_BENCH=bundles prints only this table):');
  bundleTable().forEach((l) => console.log(l));
  console.log('\nAlways-on detector on pages without scholarly metadata (sites no list names), one warm-up then the loads measured:');
  detectorLines.forEach((l) => console.log(l));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
