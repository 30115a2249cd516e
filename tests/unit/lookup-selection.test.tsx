import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/PopupApp';
import type { SearchResponse } from '../../lib/api/profile';
import { LOOKUP_MENU_ID, LOOKUP_MENU_TITLE, startLookupMenu, type LookupMenuApi } from '../../entrypoints/background/lookup-menu';
import { LOOKUP_PARAM, lookupPath, recogniseSelection } from '../../lib/lookup/selection-query';
import type { ProfileSource } from '../../lib/profile/profile-source';
import { profile } from './sample-profile';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('recogniseSelection', () => {
  it('tells an ORCID iD (bare or as a URL, checksum checked), an OpenAlex id and a name apart', () => {
    expect(recogniseSelection(' 0000-0001-6187-6610 ')).toEqual({ kind: 'orcid', query: '0000-0001-6187-6610', checksumOk: true });
    expect(recogniseSelection('https://orcid.org/0000-0002-1825-009x')).toEqual({ kind: 'orcid', query: '0000-0002-1825-009X', checksumOk: false });
    expect(recogniseSelection('https://orcid.org/0000-0002-1825-0097.')).toEqual({ kind: 'orcid', query: '0000-0002-1825-0097', checksumOk: true });
    expect(recogniseSelection('https://openalex.org/A5023888391')).toEqual({ kind: 'openalex', query: 'A5023888391' });
    expect(recogniseSelection('a5023888391')).toEqual({ kind: 'openalex', query: 'A5023888391' });
    expect(recogniseSelection('“Jason\n  Priem,”')).toEqual({ kind: 'name', query: 'Jason Priem' });
    expect(recogniseSelection('Zoë Ó Briain')).toEqual({ kind: 'name', query: 'Zoë Ó Briain' });
  });

  it('answers a clear reason for what is not a look-up: empty, no letters, a whole sentence', () => {
    expect(recogniseSelection('   ').kind).toBe('none');
    expect(recogniseSelection(undefined).kind).toBe('none');
    expect(recogniseSelection('2024-05-01, 12:00')).toMatchObject({ kind: 'none', reason: expect.stringMatching(/no letters/) });
    expect(recogniseSelection('word '.repeat(40))).toMatchObject({ kind: 'none', reason: expect.stringMatching(/longer than a name/) });
  });

  it('carries the selection to popup.html in its query string, capped', () => {
    expect(lookupPath('Jason Priem')).toBe(`/popup.html?${LOOKUP_PARAM}=Jason+Priem`);
    expect(new URLSearchParams(lookupPath('x'.repeat(2000)).split('?')[1]).get(LOOKUP_PARAM)).toHaveLength(500);
  });
});

/** A stand-in for `browser` with the three APIs the menu uses, whose events can be fired like the browser does. */
function menuApi() {
  const listeners = { installed: [] as (() => void)[], startup: [] as (() => void)[], clicked: [] as ((info: { menuItemId: string | number; selectionText?: string }) => void)[] };
  const items: { id: string; title: string; contexts: string[] }[] = [];
  const windows: { url: string; type: string }[] = [];
  const api: LookupMenuApi = {
    contextMenus: {
      create: (p) => {
        if (items.some((i) => i.id === p.id)) throw new Error('duplicate id');
        items.push(p);
      },
      removeAll: async () => void items.splice(0),
      onClicked: { addListener: (l) => listeners.clicked.push(l) },
    },
    runtime: {
      getURL: (path) => `chrome-extension://abc${path}`,
      onInstalled: { addListener: (l) => listeners.installed.push(l) },
      onStartup: { addListener: (l) => listeners.startup.push(l) },
    },
    windows: { create: async (d) => void windows.push(d) },
  };
  return { api, listeners, items, windows };
}

describe('the context-menu look-up (background)', () => {
  it('adds one item for selected text on install and on each start, never twice', async () => {
    const { api, listeners, items } = menuApi();
    startLookupMenu(api);
    listeners.installed.forEach((l) => l());
    await vi.waitFor(() => expect(items).toHaveLength(1));
    listeners.startup.forEach((l) => l());
    await new Promise((r) => setTimeout(r, 0));
    expect(items).toEqual([{ id: LOOKUP_MENU_ID, title: LOOKUP_MENU_TITLE, contexts: ['selection'] }]);
    expect(LOOKUP_MENU_TITLE).toBe('Look up “%s” in PeerLens');
  });

  it('a click on the item opens the look-up window with the selection; other items are left alone', async () => {
    const { api, listeners, windows } = menuApi();
    startLookupMenu(api);
    listeners.clicked.forEach((l) => l({ menuItemId: 'someone-else', selectionText: 'x' }));
    listeners.clicked.forEach((l) => l({ menuItemId: LOOKUP_MENU_ID, selectionText: '0000-0001-6187-6610' }));
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    expect(windows[0]).toMatchObject({ url: 'chrome-extension://abc/popup.html?lookup=0000-0001-6187-6610', type: 'popup' });
  });
});

describe('the popup opened for a selection', () => {
  const response: SearchResponse = { query: { kind: 'orcid', value: '0000-0001-6187-6610' }, candidates: [] } as unknown as SearchResponse;
  function source(search: ProfileSource['search']): ProfileSource {
    return { search, profile: async () => profile(), works: async () => ({ items: [], total: 0, page: 1, perPage: 20 }) };
  }

  it('prefills the box, says what it recognised and searches at once', async () => {
    const asked: string[] = [];
    const search = async (q: string) => (asked.push(q), response);
    render(<PopupApp source={source(search)} recentArea={fakeBrowser.storage.local} health="up" serviceUrl="http://127.0.0.1:8787/" openFullPage={() => {}} searchDelayMs={0} lookup={recogniseSelection('https://orcid.org/0000-0001-6187-6610')} />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('0000-0001-6187-6610');
    expect(screen.getByText('Looking up the ORCID iD 0000-0001-6187-6610.')).toBeTruthy();
    await waitFor(() => expect(asked).toEqual(['0000-0001-6187-6610']));
  });

  it('a selection that is no look-up leaves the box empty with the reason, and asks nothing', async () => {
    const search = vi.fn(async () => response);
    render(<PopupApp source={source(search)} recentArea={fakeBrowser.storage.local} health="up" serviceUrl="http://127.0.0.1:8787/" openFullPage={() => {}} searchDelayMs={0} lookup={recogniseSelection('12:00')} />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/no letters/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(search).not.toHaveBeenCalled();
  });
});

describe('the context-menu look-up without context menus', () => {
  it('a browser (or test double) without contextMenus events does not stop the background', () => {
    const { api } = menuApi();
    const broken: LookupMenuApi = {
      ...api,
      contextMenus: { ...api.contextMenus, onClicked: { addListener: () => { throw new Error('contextMenus.onClicked is missing in this browser'); } } },
    };
    expect(() => startLookupMenu(broken)).not.toThrow();
  });
});
