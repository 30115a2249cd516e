import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { repoRoot } from '../../support/fixtures';
import { SAVED_PAGES, readPage } from '../../support/saved-pages';
import { savedArxivPages } from '../../e2e/support/arxiv-pages';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxExtensionDir = join(repoRoot, '.output', 'firefox-mv2');
export const GECKO_ID = 'peerlens@peerlens.org';
/**
 * The add-on's internal UUID, fixed through Firefox's own preference so that its pages have a known
 * `moz-extension://` origin (Firefox otherwise draws a random one per profile; web pages never see it).
 */
export const EXTENSION_UUID = '5f1c2a7e-3b8d-4c6a-9e0f-7a1b2c3d4e5f';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/** Every saved page by its real URL (arXiv abstract pages by origin + path too). */
function servedPages(): { byUrl: Map<string, string>; hosts: Set<string> } {
  const byUrl = new Map<string, string>();
  for (const p of savedArxivPages()) byUrl.set(new URL(p.url).origin + new URL(p.url).pathname, p.html);
  for (const p of SAVED_PAGES) byUrl.set(p.url, readPage(p));
  const hosts = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', ...SAVED_PAGES.map((p) => new URL(p.url).host)]);
  return { byUrl, hosts };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens a tab that serves the saved pages at their real URLs and lets through only 127.0.0.1. */
  newPage(): Promise<Page>;
  /** An extension page (`popup.html`, `options.html`…) in a tab of its own. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi (puppeteer-core: no driver to download), with the built add-on
 * installed as a temporary add-on, the way `about:debugging` loads it.
 */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'peerlens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profile,
    // Firefox 153 lets WebDriver open moz-extension:// pages (popup, options) only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Nothing leaves the machine: no update, telemetry or captive-portal checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // Extension popups (the sign-in window) open as windows, not blocked.
      'dom.disable_open_during_load': false,
    },
  });
  await browser.installExtension(firefoxExtensionDir);
  const pages = servedPages();

  async function serve(page: Page): Promise<Page> {
    await page.setRequestInterception(true);
    // A request the page gave up on (a closed tab) may be gone by the time it is answered.
    page.on('request', (request: HTTPRequest) => void answer(request).catch(() => undefined));
    return page;
  }
  async function answer(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.protocol === 'moz-extension:' || url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return request.continue();
    if (pages.hosts.has(url.host)) {
      const html = pages.byUrl.get(url.href) ?? pages.byUrl.get(url.origin + url.pathname);
      if (html !== undefined) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return request.respond({ status: 404, contentType: 'text/plain', body: '' });
    }
    return request.abort();
  }

  return {
    browser,
    newPage: async () => serve(await browser.newPage()),
    extensionPage: async (path) => {
      const page = await browser.newPage();
      await openInTab(page, `${extensionOrigin}/${path}`);
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Loads a moz-extension:// URL in a tab. The page moves to the extension's process, where puppeteer's
 * navigation watcher loses it (the document is there, the navigation promise never settles): wait for the
 * document instead.
 */
export async function openInTab(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await waitForDocument(page, url);
}

/** Waits for the tab's document to be `url`, fully loaded; a wait cut short by the document changing is retried. */
async function waitForDocument(page: Page, url: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()), polling: 100 }, new URL(url).href);
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Reloads an extension page (see openInTab for why not `page.reload()`). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  const url = await page.evaluate(() => location.href);
  await page.evaluate(() => {
    (window as unknown as { __peerlensBeforeReload?: boolean }).__peerlensBeforeReload = true;
    location.reload();
  });
  await page.waitForFunction(
    (u) => location.href === u && document.readyState === 'complete' && !(window as unknown as { __peerlensBeforeReload?: boolean }).__peerlensBeforeReload,
    { timeout: 20_000, polling: 100 },
    url,
  );
}

/**
 * The tab whose document is at a URL starting with `prefix` (a page the add-on opened: the full profile, the
 * sign-in window, the actions window). Polled through the documents themselves: puppeteer's target URLs lag
 * behind the move of a tab into the extension's process.
 */
export async function waitForTab(browser: Browser, prefix: string, timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No tab at ${prefix}… within ${timeout} ms`);
}

export function builtManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}
