/**
 * The always-on detector's figures for `npm run bench`: its size (raw and gzipped), and on pages without
 * scholarly metadata (a plain news page, a 5,000-element page) its main-thread time, the messages the
 * background received from the page and the requests to the service. Budgets (DESIGN.md): under 2 KB
 * gzipped, under 1 ms, zero messages.
 *
 * What is timed, from a Chromium trace of each load (many loads, one warm-up each, builds alternating so
 * that both see the same machine load):
 * - script: the detector file's own EvaluateScript event, wall time and the main thread's CPU time in it
 *   (compiling and running it, with the DOM wrappers its first touch of the page creates);
 * - task: the whole main-thread task that runs it, which adds the browser's injection of a content script
 *   (its isolated world's set-up), paid by any extension's content script.
 * The same figures for a build whose detector is an empty script are the browser's fixed cost of injecting
 * any content script; the difference is PeerLens's own cost.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DETECTOR_SCRIPT_FILE, DETECTOR_SCRIPT_ID } from '../lib/sites/detector-registration';
import { LARGE_PAGE_URL, PLAIN_NEWS_URL, largeNonScholarlyPage, plainNewsPage } from './support/plain-pages';
import { extensionScriptMs, extensionWork, startTrace, stopTrace } from './bench-trace';

export const DETECTOR_PAGES = [
  { label: 'plain news page', url: PLAIN_NEWS_URL, html: plainNewsPage() },
  { label: '5,000-element non-scholarly page', url: LARGE_PAGE_URL, html: largeNonScholarlyPage(5000) },
];

/** Loads measured per page and build (after one warm-up): enough for a median and a 90th percentile. */
const DETECTOR_RUNS = Number(process.env.PEERLENS_DETECTOR_RUNS ?? 25);

type Sw = { chrome: { runtime: { onMessage: { addListener(cb: (m: unknown, s: { url?: string }) => void): void } }; scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }; __benchSeen?: (string | undefined)[] };

interface DetectorBuild {
  label: string;
  context: BrowserContext;
  worker: Worker;
  requests: { n: number };
}

interface Samples {
  scriptMs: number[];
  scriptCpuMs: number[];
  taskMs: number[];
  /** Loads whose trace held no evaluation of the detector (it ran after the trace ended, or not at all). */
  missed: number;
}

type TraceEvents = Awaited<ReturnType<typeof stopTrace>>;

/**
 * The main thread's CPU time (the trace's `tdur`) in the detector's own evaluations: unlike wall time, it
 * does not grow while the busy machine runs another process on this core.
 */
function scriptCpuMs(events: TraceEvents, file: string): number {
  return events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && (e.args?.data?.url ?? '').endsWith(`/${file}`))
    .reduce((sum, e) => sum + ((e as { tdur?: number }).tdur ?? e.dur ?? 0) / 1000, 0);
}

/**
 * A copy of the build whose detector does nothing: the same registration, an empty script. Its figures
 * are what any content script costs on a page (Chromium creates the isolated world on the first one).
 */
export function noopDetectorBuild(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-bench-noop-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(join(dir, DETECTOR_SCRIPT_FILE), '(function(){})();\n');
  return dir;
}

export function detectorSizeLine(extensionDir: string): string {
  const file = join(extensionDir, DETECTOR_SCRIPT_FILE);
  if (!existsSync(file)) return `${DETECTOR_SCRIPT_FILE}: missing from the build`;
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  return `${DETECTOR_SCRIPT_FILE} (always-on detector): ${raw.length} B raw, ${gz} B gzipped (budget < 2,048 B gzipped) ${gz < 2048 ? 'ok' : 'OVER BUDGET'}`;
}

const load = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`;

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const medianP90 = (xs: number[]) => `${quantile(xs, 0.5).toFixed(3)} | ${quantile(xs, 0.9).toFixed(3)}`;

export async function benchDetector(builds: DetectorBuild[], runs: number): Promise<string[]> {
  const n = Math.max(runs, DETECTOR_RUNS);
  const loadBefore = load();
  for (const build of builds) await listen(build.worker);
  const lines = [
    `${n} loads per page and build after one warm-up, builds alternating; ${loadBefore} before, see below after.`,
    'script = the detector file\'s own evaluation (compile + run, incl. the DOM wrappers it creates), wall and main-thread CPU time; task = the whole task running it, incl. the browser\'s injection of any content script (isolated-world set-up).',
    '',
    '| page | build | script ms, median (budget <1) | p90 | script CPU ms, median | p90 | whole task ms, median | p90 | messages to the background (budget 0) | service requests |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const summary: string[] = [];
  for (const page of DETECTOR_PAGES) {
    const samples = builds.map((): Samples => ({ scriptMs: [], scriptCpuMs: [], taskMs: [], missed: 0 }));
    const seenBefore = await Promise.all(builds.map((b) => seenCount(b.worker)));
    const requestsBefore = builds.map((b) => b.requests.n);
    for (let i = 0; i <= n; i++) {
      for (const [j, build] of builds.entries()) {
        const events = await traceLoad(build.context, page.url);
        if (i === 0) continue; // warm-up: the browser's first load of the page
        const s = samples[j]!;
        const scriptMs = extensionScriptMs(events, DETECTOR_SCRIPT_FILE);
        if (scriptMs === 0) {
          s.missed++;
          continue;
        }
        s.scriptMs.push(scriptMs);
        s.scriptCpuMs.push(scriptCpuMs(events, DETECTOR_SCRIPT_FILE));
        s.taskMs.push(extensionWork(events).totalMs);
      }
    }
    for (const [j, build] of builds.entries()) {
      const seen = (await seenUrls(build.worker)).slice(seenBefore[j]).filter((u) => u === page.url).length;
      const s = samples[j]!;
      const missed = s.missed > 0 ? ` (${s.missed} of ${n} loads without the detector in the trace)` : '';
      lines.push(`| ${page.label}${missed} | ${build.label} | ${medianP90(s.scriptMs)} | ${medianP90(s.scriptCpuMs)} | ${medianP90(s.taskMs)} | ${seen} | ${build.requests.n - requestsBefore[j]!} |`);
    }
    const [own, empty] = samples;
    if (own && empty) {
      const ms = (xs: number[]) => quantile(xs, 0.5).toFixed(3);
      summary.push(
        `${page.label}: PeerLens's own: ${ms(own.scriptMs)} ms (CPU ${ms(own.scriptCpuMs)} ms); an empty script: ${ms(empty.scriptMs)} ms (CPU ${ms(empty.scriptCpuMs)} ms); ` +
          `PeerLens beyond an empty script: ${(quantile(own.scriptMs, 0.5) - quantile(empty.scriptMs, 0.5)).toFixed(3)} ms; whole task ${ms(own.taskMs)} ms vs ${ms(empty.taskMs)} ms (medians)`,
      );
    }
  }
  return [...lines, '', ...summary, `${load()} after.`];
}

/** Waits for the background's registration of the detector, then counts the messages it receives. */
async function listen(worker: Worker): Promise<void> {
  // The background registers the detector at start-up; measuring before that would measure nothing.
  for (let i = 0; i < 50; i++) {
    if (await worker.evaluate(async (id) => (await (globalThis as unknown as Sw).chrome.scripting.getRegisteredContentScripts()).some((s) => s.id === id), DETECTOR_SCRIPT_ID)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await worker.evaluate(() => {
    const sw = globalThis as unknown as Sw;
    if (sw.__benchSeen) return;
    sw.__benchSeen = [];
    sw.chrome.runtime.onMessage.addListener((_m, s) => void sw.__benchSeen!.push(s.url));
  });
}

const seenUrls = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as Sw).__benchSeen ?? []);
const seenCount = async (worker: Worker) => (await seenUrls(worker)).length;

async function traceLoad(context: BrowserContext, url: string) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await startTrace(cdp);
  await tab.goto(url, { waitUntil: 'load' });
  // document_idle: the detector runs at the latest right after the load event.
  await tab.waitForTimeout(500);
  const events = await stopTrace(cdp);
  await tab.close();
  return events;
}
