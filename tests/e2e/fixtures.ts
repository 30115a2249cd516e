import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenAlexReplay } from '../server/support/openalex-replay';
import { savedArxivPages, type SavedArxivPage } from './support/arxiv-pages';
import { chromiumPath, extensionDir } from './support/paths';
import { setServiceUrl } from './support/extension-settings';
import { LocalService, freePort } from './support/service';

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

interface WorkerFixtures {
  service: LocalService;
  extContext: BrowserContext;
  extensionWorker: Worker;
  extensionId: string;
  /** Requests the extension sent to the service, by path. */
  serviceRequests: string[];
}

export const arxivPages = savedArxivPages();

export function arxivPage(file: string): SavedArxivPage {
  const page = arxivPages.find((p) => p.file === file);
  if (!page) throw new Error(`no saved page ${file}`);
  return page;
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

  extContext: [
    async ({ service, serviceRequests }, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'peerlens-e2e-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: [
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      // Real arXiv URLs are served from saved pages; the local service is reached for real; nothing
      // else leaves the machine (arXiv's own scripts and styles are answered empty).
      const pages = new Map(arxivPages.map((p) => [new URL(p.url).host + new URL(p.url).pathname, p.html]));
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin === service.url) {
          serviceRequests.push(`${route.request().method()} ${url.pathname}`);
          return route.continue();
        }
        if (ARXIV_HOSTS.has(url.host)) {
          const html = pages.get(url.host + url.pathname);
          if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
        }
        return route.abort('blockedbyclient');
      });
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
