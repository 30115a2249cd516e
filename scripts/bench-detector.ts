/**
 * The always-on detector's figures for `npm run bench`: its gzipped size, and on pages without scholarly
 * metadata (a plain news page, a 5,000-element page) the main-thread time of the detector's own script
 * and of the whole task running it (from a trace), the messages the background received from the page and the requests to
 * the service. Budgets (DESIGN.md): under 2 KB gzipped, under 1 ms, zero messages.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DETECTOR_SCRIPT_FILE, DETECTOR_SCRIPT_ID } from '../lib/sites/detector-registration';
import { LARGE_PAGE_URL, PLAIN_NEWS_URL, largeNonScholarlyPage, plainNewsPage } from './support/plain-pages';
import { extensionScriptMs, extensionWork, startTrace, stopTrace } from './bench-trace';

export const DETECTOR_PAGES = [
  { label: 'plain news page', url: PLAIN_NEWS_URL, html: plainNewsPage() },
  { label: '5,000-element non-scholarly page', url: LARGE_PAGE_URL, html: largeNonScholarlyPage(5000) },
];

type Sw = { chrome: { runtime: { onMessage: { addListener(cb: (m: unknown, s: { url?: string }) => void): void } }; scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }; __benchSeen?: (string | undefined)[] };

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
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  return `${DETECTOR_SCRIPT_FILE} (always-on detector): ${gz} B gzipped (budget < 2,048 B) ${gz < 2048 ? 'ok' : 'OVER BUDGET'}`;
}

export async function benchDetector(
  builds: { label: string; context: BrowserContext; worker: Worker; requests: { n: number } }[],
  runs: number,
): Promise<string[]> {
  const lines = [
    '| page | build | detector script ms, median (budget <1) | worst | whole task ms incl. the browser\'s isolated-world set-up, median | worst | messages to the background (budget 0) | service requests |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const page of DETECTOR_PAGES) {
    for (const build of builds) lines.push(await benchPage(page, build.label, build.context, build.worker, build.requests, runs));
  }
  return lines;
}

async function benchPage(page: (typeof DETECTOR_PAGES)[number], label: string, context: BrowserContext, worker: Worker, requests: { n: number }, runs: number): Promise<string> {
  // The background registers the detector at start-up; measuring before that would measure nothing.
  for (let i = 0; i < 50; i++) {
    if (await worker.evaluate(async (id) => (await (globalThis as unknown as Sw).chrome.scripting.getRegisteredContentScripts()).some((s) => s.id === id), DETECTOR_SCRIPT_ID)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await worker.evaluate(() => {
    const sw = globalThis as unknown as Sw;
    sw.__benchSeen ??= [];
    sw.chrome.runtime.onMessage.addListener((_m, s) => void sw.__benchSeen!.push(s.url));
  });
  {
    const ms: number[] = [];
    const taskMs: number[] = [];
    const seenBefore = (await worker.evaluate(() => (globalThis as unknown as Sw).__benchSeen!.length));
    const requestsBefore = requests.n;
    for (let i = 0; i <= runs; i++) {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await startTrace(cdp);
      await tab.goto(page.url, { waitUntil: 'load' });
      await tab.waitForTimeout(800);
      const events = await stopTrace(cdp);
      await tab.close();
      if (i === 0) continue; // warm-up
      ms.push(extensionScriptMs(events, DETECTOR_SCRIPT_FILE));
      taskMs.push(extensionWork(events).totalMs);
    }
    const seen = (await worker.evaluate(() => (globalThis as unknown as Sw).__benchSeen!)).slice(seenBefore).filter((u) => u === page.url).length;
    const stats = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} | ${(sorted.at(-1) ?? 0).toFixed(3)}`;
    };
    return `| ${page.label} | ${label} | ${stats(ms)} | ${stats(taskMs)} | ${seen} | ${requests.n - requestsBefore} |`;
  }
}
