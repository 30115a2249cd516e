/** The reader's controls: settings parsing, the per-site switch, adding a site, the sender check, clear cache. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSender, type InboundMessage, type SenderInfo } from '../../lib/protocol';
import { routeWith } from './background/route';
import { DEFAULT_SETTINGS, parseSettings, readSettings, toOrigin } from '../../lib/settings/reader-settings';
import { syncAddedSiteScripts, type ScriptingApi } from '../../lib/sites/added-site-scripts';
import { readSiteSwitch, setSiteEnabled } from '../../components/popup/site-switch';
import { isUrlServed, siteOfUrl } from '../../lib/sites/supported-sites';
import { addSite, removeSite, type SiteApi } from '../../entrypoints/options/site-actions';

beforeEach(() => fakeBrowser.reset());
const area = () => fakeBrowser.storage.local;

describe('reader settings', () => {
  it('falls back to defaults field by field for missing or malformed values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ paused: 'yes', density: 'huge', privacyMode: true, disabledSites: ['plos', 7, 'Bad Id'], addedOrigins: ['https://firstmonday.org', 'javascript:alert(1)', 'https://x.org/path'] }))
      .toEqual({ ...DEFAULT_SETTINGS, privacyMode: true, disabledSites: ['plos'], addedOrigins: ['https://firstmonday.org'] });
  });

  it('turns what a reader types into an origin, http(s) only', () => {
    expect(toOrigin('https://FirstMonday.org/ojs/index.php')).toBe('https://firstmonday.org');
    expect(toOrigin('ftp://example.org')).toBeNull();
    expect(toOrigin('not a url')).toBeNull();
    // What Chromium's parser lets through escaped ("https://not%20a%20url/") is not a host name.
    expect(toOrigin('https://not%20a%20url')).toBeNull();
    expect(toOrigin('https://journal')).toBeNull();
    expect(toOrigin('http://127.0.0.1:8787/v1')).toBe('http://127.0.0.1:8787');
    expect(toOrigin('http://localhost:8787')).toBe('http://localhost:8787');
  });
});

describe('which pages are served', () => {
  // Narrowed to the known sites (the options page's "every site" box unticked); tests/unit/scholarly-detector.test.ts has the rest.
  const settings = { ...DEFAULT_SETTINGS, everywhere: false, disabledSites: ['plos'], addedOrigins: ['https://firstmonday.org'] };

  it('supported sites unless switched off, added sites, nothing else, nothing while paused', () => {
    expect(isUrlServed(new URL('https://arxiv.org/list/cs.AI/new'), settings)).toBe(true);
    expect(isUrlServed(new URL('https://peerj.com/articles/4375/'), settings)).toBe(true);
    expect(isUrlServed(new URL('https://journals.plos.org/plosone/article?id=1'), settings)).toBe(false);
    expect(isUrlServed(new URL('https://firstmonday.org/ojs/index.php/fm/article/view/10274'), settings)).toBe(true);
    expect(isUrlServed(new URL('https://www.nber.org/papers/w33843'), settings)).toBe(false);
    expect(isUrlServed(new URL('https://arxiv.org/abs/1706.03762'), { ...settings, paused: true })).toBe(false);
  });

  it('the background accepts content-script messages from exactly those pages', () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const origin = `chrome-extension://${id}/`;
    const served = (url: URL) => isUrlServed(url, settings);
    const resolve: InboundMessage = { type: 'peerlens:resolve', papers: [{ doi: '10.7717/peerj.4375', authors: [{ name: 'Heather Piwowar' }] }] };
    const trusted = (sender: SenderInfo) => checkSender(resolve, sender, { extensionId: id, extensionOrigin: origin, served }) !== null;
    const from = (url: string) => trusted({ id, url, tab: { id: 1 } });
    expect(from('https://peerj.com/articles/4375/')).toBe(true);
    expect(from('https://firstmonday.org/ojs/index.php/fm/article/view/10274')).toBe(true);
    expect(from('https://journals.plos.org/plosone/article?id=1')).toBe(false); // switched off
    expect(from('https://www.nber.org/papers/w33843')).toBe(false); // never added
    expect(from('https://peerj.com.evil.example/articles/4375/')).toBe(false);
    expect(trusted({ id, url: `${origin}options.html` })).toBe(true);
  });
});

describe('the per-site switch (popup and options page)', () => {
  it('switches a supported site off and on for the tab it shows', async () => {
    const url = 'https://link.springer.com/article/10.1007/BF02727953';
    const state = await readSiteSwitch(area(), url);
    expect(state).toMatchObject({ site: { kind: 'supported', site: 'springer-nature', label: 'Springer Nature' }, enabled: true });
    await setSiteEnabled(area(), state!.site, false);
    expect((await readSettings(area())).disabledSites).toEqual(['springer-nature']);
    expect(await readSiteSwitch(area(), url)).toMatchObject({ enabled: false });
    await setSiteEnabled(area(), state!.site, true);
    expect((await readSettings(area())).disabledSites).toEqual([]);
  });

  it('has nothing to switch on a page PeerLens does not serve (narrowed to the known sites, or not a web page)', async () => {
    await area().set({ settings: { everywhere: false } });
    expect(await readSiteSwitch(area(), 'https://example.org/')).toBeNull();
    expect(siteOfUrl(new URL('https://example.org/'), { ...DEFAULT_SETTINGS, everywhere: false })).toBeNull();
    expect(siteOfUrl(new URL('file:///tmp/a.html'), DEFAULT_SETTINGS)).toBeNull();
  });
});

function fakeScripting(): ScriptingApi & { registered: { id: string; matches: string[]; js: string[] }[] } {
  const api = {
    registered: [] as { id: string; matches: string[]; js: string[] }[],
    getRegisteredContentScripts: async () => api.registered.map(({ id }) => ({ id })),
    registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => void api.registered.push(...scripts),
    unregisterContentScripts: async () => void (api.registered = []),
  };
  return api;
}

describe('adding a site on the options page', () => {
  function siteApi(grant: boolean) {
    const granted = new Set<string>();
    const api: SiteApi = {
      area: area(),
      permissions: {
        request: vi.fn(async ({ origins }: { origins: string[] }) => {
          if (grant) origins.forEach((o) => granted.add(o));
          return grant;
        }),
        contains: async ({ origins }) => origins.every((o) => granted.has(o)),
        remove: async ({ origins }) => {
          origins.forEach((o) => granted.delete(o));
          return true;
        },
      },
    };
    return { api };
  }

  it('asks for that one origin and remembers it (the background registers the script: background-sites)', async () => {
    const { api } = siteApi(true);
    expect(await addSite(api, 'firstmonday.org/ojs/index.php')).toEqual({ ok: true, origin: 'https://firstmonday.org' });
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['https://firstmonday.org/*'] });
    expect((await readSettings(area())).addedOrigins).toEqual(['https://firstmonday.org']);
    await removeSite(api, 'https://firstmonday.org');
    expect((await readSettings(area())).addedOrigins).toEqual([]);
  });

  it('adds nothing when the reader refuses the permission, or the site is already supported', async () => {
    const { api } = siteApi(false);
    expect(await addSite(api, 'https://www.nber.org')).toMatchObject({ ok: false });
    expect(await addSite(api, 'https://peerj.com')).toMatchObject({ ok: false, reason: expect.stringContaining('PeerJ is already supported') });
    expect(await addSite(api, 'javascript:alert(1)')).toMatchObject({ ok: false });
    // A site's home page is the site, though badges appear only on its article pages.
    expect(await addSite(api, 'https://arxiv.org')).toMatchObject({ ok: false, reason: 'arXiv is already supported: switch it on in the list above.' });
    expect(await addSite(api, 'www.nature.com')).toMatchObject({ ok: false, reason: expect.stringContaining('Springer Nature is already supported') });
    expect(await addSite(api, 'not a url')).toMatchObject({ ok: false, reason: expect.stringContaining('“not a url” is not a web address') });
    expect(await addSite(api, '  ')).toMatchObject({ ok: false, reason: expect.stringContaining('Type the address') });
    expect(api.permissions.request).toHaveBeenCalledTimes(1); // nber.org only
    expect((await readSettings(area())).addedOrigins).toEqual([]);
  });

  it('registers only origins whose permission is still granted', async () => {
    const scripting = fakeScripting();
    const granted = await syncAddedSiteScripts(scripting, { contains: async ({ origins }) => origins[0] === 'https://a.org/*' }, ['https://a.org', 'https://b.org']);
    expect(granted).toEqual(['https://a.org']);
    expect(scripting.registered[0]?.matches).toEqual(['https://a.org/*']);
  });
});

describe('clear cache', () => {
  it('is a message only the extension’s own pages may send', async () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const origin = `chrome-extension://${id}/`;
    const clear = vi.fn(async () => ({ ok: true }));
    const route = routeWith({ extensionId: id, extensionOrigin: origin, served: () => true, handlers: { 'peerlens:clear-cache': clear } });
    expect(await route({ type: 'peerlens:clear-cache' }, { id, url: `${origin}options.html`, tab: { id: 3 } })).toEqual({ ok: true });
    expect(route({ type: 'peerlens:clear-cache', extra: 1 }, { id, url: `${origin}options.html`, tab: { id: 3 } })).toBeUndefined();
    expect(route({ type: 'peerlens:clear-cache' }, { id, url: 'https://arxiv.org/abs/1706.03762', tab: { id: 3 } })).toBeUndefined();
    expect(clear).toHaveBeenCalledOnce();
  });
});

describe('the paper cache', () => {
  it('forgets everything on clear', async () => {
    const { openPaperCache } = await import('../../entrypoints/background/cache/paper-cache');
    const cache = await openPaperCache({ name: 'clear-test' });
    await cache.put([{ key: 'arxiv:1706.03762#x', storedAt: 1, result: { arxivId: '1706.03762', workId: null, authors: [] } }]);
    expect((await cache.get(['arxiv:1706.03762#x'])).size).toBe(1);
    await cache.clear();
    expect((await cache.get(['arxiv:1706.03762#x'])).size).toBe(0);
    cache.close();
  });
});
