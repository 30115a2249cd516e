/**
 * The always-on detector and what the background does with it: which heads count as scholarly (every
 * saved page, positive and negative), when the detector is registered and where not, which frames get
 * the publisher script, the first-run page, and the per-site switch for sites found by their metadata.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isScholarlyHead } from '../../entrypoints/scholarly-detector/scholarly-head';
import { DEFAULT_SETTINGS, readSettings, type ReaderSettings } from '../../lib/settings/reader-settings';
import { ALL_SITES, DETECTOR_SCRIPT_FILE, DETECTOR_SCRIPT_ID, detectorScript, syncDetectorScript, type DetectorScript } from '../../lib/sites/detector-registration';
import { openFirstRunPage } from '../../lib/sites/first-run';
import { createScholarlyPageHandler } from '../../entrypoints/background/sites/scholarly-injection';
import { routeWith } from './background/route';
import { readSiteSwitch, setSiteEnabled } from '../../components/popup/site-switch';
import { isUrlServed, siteOfUrl, supportedSitePatterns } from '../../lib/sites/supported-sites';
import { savedArxivPages } from '../e2e/support/arxiv-pages';
import { detectorSaysScholarly } from '../support/detector-verdicts';
import { SAVED_PAGES, readPage } from '../support/saved-pages';

const head = (html: string) => new DOMParser().parseFromString(html, 'text/html').head;
const page = (inHead: string) => head(`<!doctype html><html><head><title>t</title>${inHead}</head><body><p>x</p></body></html>`);

// The native candidate test in front of this reading (an XPath) runs in Chromium: tests/e2e/scholarly-detector.spec.ts.
describe('isScholarlyHead', () => {
  for (const saved of SAVED_PAGES) {
    const scholarly = detectorSaysScholarly(saved);
    it(`${saved.file} (${saved.url}): ${scholarly ? 'scholarly' : 'not scholarly'}`, () => {
      const doc = new DOMParser().parseFromString(readPage(saved), 'text/html');
      expect(isScholarlyHead(doc.head)).toBe(scholarly);
    });
  }

  it('every saved arXiv abstract page is scholarly', () => {
    for (const abs of savedArxivPages()) expect(isScholarlyHead(new DOMParser().parseFromString(abs.html, 'text/html').head), abs.file).toBe(true);
  }, 60_000); // Parsing 14 pages (one of 736 KB) takes seconds on a busy machine.

  it('reads each vocabulary the brief names, and only with an identifier where a CMS emits it everywhere', () => {
    expect(isScholarlyHead(page('<meta name="citation_title" content="A paper">'))).toBe(true);
    expect(isScholarlyHead(page('<meta name="DC.Creator" content="Doe, J"><meta name="DC.Identifier" content="doi:10.1234/abc.5">'))).toBe(true);
    expect(isScholarlyHead(page('<meta name="prism.doi" content="10.1234/abc.5"><meta name="prism.publicationName" content="J">'))).toBe(true);
    expect(isScholarlyHead(page('<meta property="og:type" content="article"><meta name="doi" content="10.1234/abc.5">'))).toBe(true);
    expect(isScholarlyHead(page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"P"}</script>'))).toBe(true);
    expect(isScholarlyHead(page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["MedicalScholarlyArticle"]}]}</script>'))).toBe(true);
    // A site's Dublin Core on every page, an ordinary article, a citation inside a news item, broken JSON.
    expect(isScholarlyHead(page('<meta name="dc.title" content="Opening hours"><meta name="dc.creator" content="Library">'))).toBe(false);
    expect(isScholarlyHead(page('<meta property="og:type" content="article"><meta name="author" content="A Writer">'))).toBe(false);
    expect(isScholarlyHead(page('<script type="application/ld+json">{"@type":"NewsArticle","citation":{"@type":"ScholarlyArticle"}}</script>'))).toBe(false);
    expect(isScholarlyHead(page('<script type="application/ld+json">{"@type":"ScholarlyArticle",</script>'))).toBe(false);
    expect(isScholarlyHead(page('<meta name="dc.type" content="News"><meta name="citation_doi" content="10.1038/d41586-020-02610-z">'))).toBe(false);
    expect(isScholarlyHead(null)).toBe(false);
  });

  it('never reads the body: a reference list full of DOIs and COinS is not the page’s own metadata', () => {
    const doc = new DOMParser().parseFromString('<html><head><title>t</title></head><body><meta name="citation_title" content="x"><span class="Z3988"></span></body></html>', 'text/html');
    expect(isScholarlyHead(doc.head)).toBe(false);
  });
});

const settings = (patch: Partial<ReaderSettings> = {}): ReaderSettings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('the detector’s registration', () => {
  it('runs on every granted scheme, except the supported, added and switched-off sites', () => {
    const script = detectorScript(settings({ addedOrigins: ['https://firstmonday.org'], disabledOrigins: ['https://www.nber.org'] }), [...ALL_SITES]);
    expect(script).toMatchObject({ id: DETECTOR_SCRIPT_ID, matches: ['https://*/*', 'http://*/*'], js: [DETECTOR_SCRIPT_FILE], runAt: 'document_idle', allFrames: false });
    expect(script!.excludeMatches).toEqual([...supportedSitePatterns(), 'https://firstmonday.org/*', 'https://www.nber.org/*']);
    expect(script!.excludeMatches).toContain('https://arxiv.org/abs/*');
  });

  it('is not registered when paused, narrowed to the known sites, or without access to all sites (Firefox before first run)', () => {
    expect(detectorScript(settings({ paused: true }), [...ALL_SITES])).toBeNull();
    expect(detectorScript(settings({ everywhere: false }), [...ALL_SITES])).toBeNull();
    expect(detectorScript(settings(), [])).toBeNull();
  });

  it('is registered once, left alone while it matches, replaced or removed when the settings change', async () => {
    const registered: DetectorScript[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered.map((s) => ({ ...s, js: s.js.map((f) => `/${f}`) }))),
      registerContentScripts: vi.fn(async (scripts: DetectorScript[]) => void registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    };
    const granted = { contains: async () => true };
    expect(await syncDetectorScript(scripting, granted, settings())).toBe(true);
    expect(await syncDetectorScript(scripting, granted, settings())).toBe(true);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await syncDetectorScript(scripting, granted, settings({ disabledOrigins: ['https://www.nber.org'] }));
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(2);
    expect(registered).toHaveLength(1);
    expect(registered[0]!.excludeMatches).toContain('https://www.nber.org/*');
    expect(await syncDetectorScript(scripting, granted, settings({ everywhere: false }))).toBe(false);
    expect(registered).toEqual([]);
  });
});

describe('the publisher script on a page the detector found', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const message = { type: 'peerlens:scholarly-page' };
  const sender = (patch: object = {}) => ({ id, url: 'https://www.nber.org/papers/w33843', frameId: 0, tab: { id: 7 }, ...patch });
  const detector = (served: boolean, executeScript: () => Promise<unknown>) =>
    routeWith({ extensionId: id, extensionOrigin: `chrome-extension://${id}/`, served: () => served, handlers: { 'peerlens:scholarly-page': createScholarlyPageHandler(executeScript) } });

  it('runs in exactly the frame that asked, on a served page', async () => {
    const executeScript = vi.fn(async () => undefined);
    await detector(true, executeScript)(message, sender({ frameId: 3 }));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/publisher.js'] });
  });

  it('runs nowhere for another extension, a switched-off site, a non-web page or a closed tab', async () => {
    const executeScript = vi.fn(async () => undefined);
    expect(detector(true, executeScript)(message, sender({ id: 'another' }))).toBeUndefined();
    expect(detector(false, executeScript)(message, sender())).toBeUndefined();
    expect(detector(true, executeScript)(message, sender({ url: 'file:///tmp/a.html' }))).toBeUndefined();
    expect(detector(true, executeScript)(message, sender({ tab: undefined }))).toBeUndefined();
    expect(detector(true, executeScript)(message, sender({ frameId: undefined }))).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    // A tab closed meanwhile: the injection fails quietly.
    await expect(detector(true, async () => Promise.reject(new Error('No tab with id: 7')))(message, sender())).resolves.toBeUndefined();
  });
});

describe('sites found by their metadata: served and switched off like any other', () => {
  const nber = new URL('https://www.nber.org/papers/w33843');

  it('are served while PeerLens is on everywhere, not when narrowed to the known sites, not once switched off', () => {
    expect(siteOfUrl(nber, DEFAULT_SETTINGS)).toEqual({ kind: 'other', origin: 'https://www.nber.org', label: 'www.nber.org' });
    expect(isUrlServed(nber, DEFAULT_SETTINGS)).toBe(true);
    expect(isUrlServed(nber, settings({ everywhere: false }))).toBe(false);
    expect(isUrlServed(nber, settings({ disabledOrigins: ['https://www.nber.org'] }))).toBe(false);
    expect(isUrlServed(nber, settings({ everywhere: false, addedOrigins: ['https://www.nber.org'] }))).toBe(true); // reader-added sites keep working
  });

  it('the popup’s switch turns one such site off and on again', async () => {
    fakeBrowser.reset();
    const area = fakeBrowser.storage.local;
    const state = await readSiteSwitch(area, nber.href);
    expect(state).toMatchObject({ site: { kind: 'other', origin: 'https://www.nber.org' }, enabled: true });
    await setSiteEnabled(area, state!.site, false);
    expect((await readSettings(area)).disabledOrigins).toEqual(['https://www.nber.org']);
    expect(await readSiteSwitch(area, nber.href)).toMatchObject({ enabled: false });
    await setSiteEnabled(area, state!.site, true);
    expect((await readSettings(area)).disabledOrigins).toEqual([]);
  });
});

describe('the first-run page', () => {
  const api = (granted: boolean) => ({
    permissions: { contains: async () => granted },
    tabs: { create: vi.fn(async () => undefined) },
    runtime: { getURL: (path: string) => `moz-extension://x${path}` },
  });

  it('opens where access to all sites is not granted yet (Firefox), not where it is (Chrome)', async () => {
    const firefox = api(false);
    expect(await openFirstRunPage(firefox)).toBe(true);
    expect(firefox.tabs.create).toHaveBeenCalledWith({ url: 'moz-extension://x/welcome.html' });
    const chrome = api(true);
    expect(await openFirstRunPage(chrome)).toBe(false);
    expect(chrome.tabs.create).not.toHaveBeenCalled();
  });
});
