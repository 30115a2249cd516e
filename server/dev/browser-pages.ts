/**
 * `npm run dev`'s saved pages: connects to the dev browser over its remote-debugging port and serves every
 * saved page at its real URL (https://peerj.com/articles/4375/, arXiv abstracts, the publishers), exactly as the
 * end-to-end harness does, to that browser only — so a newcomer sees real, resolved badges at first start,
 * online or off. Other URLs go to the network as usual. Then opens the start pages once the extension is in.
 */
import { chromium, type Browser } from '@playwright/test';
import { DEV_BROWSER_DEBUG_PORT, DEV_START_PAGES } from './browser-port';
import { servedSavedPages } from './saved-pages';

const endpoint = `http://127.0.0.1:${DEV_BROWSER_DEBUG_PORT}`;
const WAIT_FOR_BROWSER_MS = 180_000;

const pages = servedSavedPages();
const browser = await connect();
if (!browser) {
  console.log(`No dev browser answered on ${endpoint} within ${WAIT_FOR_BROWSER_MS / 1000} s: saved pages are not served (is Chromium installed? under xvfb-run on a headless machine?).`);
  process.exit(0);
}
const context = browser.contexts()[0]!;
await context.route(
  (url) => pages.hosts.has(url.host),
  async (route) => {
    const html = pages.html(new URL(route.request().url()));
    if (html !== undefined && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    // Anything else on those hosts (their scripts, other pages): the network, when there is one.
    return route.continue();
  },
);
const t0 = performance.now();
await extensionLoaded();
const waited = performance.now() - t0;
// The first start page last, so that it is the tab in front; all load side by side.
const opened = await Promise.all([...DEV_START_PAGES].reverse().map(async (url) => {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' }).catch(() => undefined);
  return page;
}));
await opened.at(-1)?.bringToFront();
console.log(`Extension ready after ${(waited / 1000).toFixed(1)} s; start pages opened.`);
console.log(
  `Serving ${pages.count} saved pages at their real URLs to the dev browser. Try ${DEV_START_PAGES.join(', ')}, ` +
    'https://arxiv.org/abs/1706.03762v7, or any page listed in server/dev/saved-pages.ts.',
);
browser.on('disconnected', () => process.exit(0));
const stop = () => void browser.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

/** The dev browser starts after the extension's first build: wait for its debugging port. */
async function connect(): Promise<Browser | null> {
  const deadline = Date.now() + WAIT_FOR_BROWSER_MS;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${endpoint}/json/version`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return await chromium.connectOverCDP(endpoint);
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

/** web-ext installs the extension just after the browser starts: pages opened before it would get no badges. */
async function extensionLoaded(): Promise<void> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  if (context.serviceWorkers().some((w) => isOurs(w.url()))) return;
  await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 30_000 }).catch(() => undefined);
}
