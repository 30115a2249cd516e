import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenAlexReplay } from '../../server/dev/openalex-replay';
import { BENCH_LISTING_URL, thousandEntryListing } from '../../scripts/support/arxiv-listing-page';
import { servedSavedPages } from '../../server/dev/saved-pages';
import { savedArxivPages, type SavedArxivPage } from './support/arxiv-pages';
import { chromiumPath, extensionDir } from '../../scripts/support/extension-paths';
import { setServiceUrl } from '../../scripts/support/extension-settings';
import { LocalService } from '../../server/dev/local-service';
import { freePort } from '../../server/dev/free-port';

interface WorkerFixtures {
  service: LocalService;
  extContext: BrowserContext;
  extensionWorker: Worker;
  extensionId: string;
  /** Requests the extension sent to the service, by path. */
  serviceRequests: string[];
  /** Bodies of the `POST /v1/resolve` requests, in order. */
  resolveBodies: { papers: { arxivId?: string; doi?: string; authors: { name: string }[] }[] }[];
}

export const arxivPages = savedArxivPages();

export function arxivPage(file: string): SavedArxivPage {
  const page = arxivPages.find((p) => p.file === file);
  if (!page) throw new Error(`no saved page ${file}`);
  return page;
}


/**
 * Chromium with the extension built at `dir`, serving the saved pages at their real URLs and letting
 * through only the local service (its requests recorded); everything else is refused.
 */
export async function launchWithExtension(
  dir: string,
  serviceUrl: string,
  serviceRequests: string[],
  resolveBodies: WorkerFixtures['resolveBodies'],
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'peerlens-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Real arXiv and publisher URLs are served from saved pages; the local service is reached for
  // real; nothing else leaves the machine (the sites' own scripts and styles are answered empty).
  // The same serving as `npm run dev`'s browser (server/dev/saved-pages.ts), plus the generated listing.
  const pages = servedSavedPages([[BENCH_LISTING_URL, thousandEntryListing()]]);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages and their scripts (options, popup, profile).
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.origin === serviceUrl) {
      serviceRequests.push(`${route.request().method()} ${url.pathname}`);
      if (url.pathname === '/v1/resolve') resolveBodies.push(route.request().postDataJSON() as WorkerFixtures['resolveBodies'][number]);
      return route.continue();
    }
    if (pages.hosts.has(url.host)) {
      const html = pages.html(url);
      if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    }
    return route.abort('blockedbyclient');
  });
  return { context, profile };
}

export const test = base.extend<Record<never, never>, WorkerFixtures>({
  service: [
    async ({}, use) => {
      const replay = await startOpenAlexReplay();
      const service = new LocalService(await freePort(), { OPENALEX_URL: replay.url });
      await service.start();
      await use(service);
      await service.dispose();
      await replay.close();
    },
    { scope: 'worker' },
  ],

  serviceRequests: [async ({}, use) => use([]), { scope: 'worker' }],
  resolveBodies: [async ({}, use) => use([]), { scope: 'worker' }],

  extContext: [
    async ({ service, serviceRequests, resolveBodies }, use) => {
      const { context, profile } = await launchWithExtension(extensionDir, service.url, serviceRequests, resolveBodies);
      // The reader's setting for the service URL, as the options page stores it, before any page loads.
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await setServiceUrl(worker, service.url);
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  extensionWorker: [
    async ({ extContext }, use) => use(extContext.serviceWorkers()[0] ?? (await extContext.waitForEvent('serviceworker'))),
    { scope: 'worker' },
  ],

  extensionId: [async ({ extensionWorker }, use) => use(new URL(extensionWorker.url()).host), { scope: 'worker' }],
});

export { expect } from '@playwright/test';
