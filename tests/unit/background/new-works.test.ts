import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFollowStore, type FollowStore } from '../../../lib/follow/follow-store';
import { checkNewWorks, nextWatch, startWatch, unseenCount } from '../../../entrypoints/background/follow/new-works';
import { createToolbarCount } from '../../../entrypoints/background/actions/toolbar-count';

const DAY1 = Date.parse('2026-05-20T08:00:00Z');
const DAY2 = Date.parse('2026-05-21T08:00:00Z');
const work = (id: string) => ({ id, title: `Work ${id}`, year: 2026 });

let store: FollowStore;
beforeEach(async () => {
  fakeBrowser.reset();
  store = await openFollowStore({ sync: fakeBrowser.storage.sync, name: `nw-${Math.random()}` });
});
afterEach(() => store.close());

describe('new works of followed researchers', () => {
  it('counts works listed for ?since= that were not known, once each; since moves on a day later', () => {
    let state = startWatch(DAY1);
    expect(state.since).toBe('2026-05-20');
    state = nextWatch(state, [work('W1')], DAY1);
    expect(state.unseen.map((w) => w.id)).toEqual(['W1']);
    state = nextWatch(state, [work('W1'), work('W2')], DAY1);
    expect(state.unseen.map((w) => w.id)).toEqual(['W2', 'W1']);
    expect(state.since).toBe('2026-05-20');
    state = nextWatch({ ...state, unseen: [] }, [work('W2')], DAY2);
    expect(state).toMatchObject({ since: '2026-05-21', unseen: [] });
  });

  it('the alarm asks each followed researcher for works since the last check and puts the count on the toolbar', async () => {
    await store.merge([{ researcherId: 'A5023888391', followedAt: '2026-05-20T08:00:00.000Z', name: 'Jason Priem' }]);
    const asked: string[] = [];
    const fetchFn = async (url: URL | RequestInfo) => {
      asked.push(String(url));
      return new Response(JSON.stringify({ items: [{ ...work('W9'), type: 'article', venue: null, abstract: null, doi: null, arxivId: null, retracted: false, citedBy: 0 }], total: 1, page: 1, perPage: 100 }));
    };
    const found = await checkNewWorks({ follows: store, serviceUrl: async () => 'http://svc', fetch: fetchFn as typeof fetch, now: () => DAY2 });
    expect(asked).toEqual(['http://svc/v1/researchers/A5023888391/works?since=2026-05-20&perPage=100']);
    expect(found).toEqual([{ researcherId: 'A5023888391', name: 'Jason Priem', works: [{ id: 'W9', title: 'Work W9', year: 2026 }] }]);
    expect(unseenCount(await store.list())).toBe(1);

    const texts: string[] = [];
    const update = createToolbarCount(
      { setBadgeText: ({ text }) => void texts.push(text), setBadgeBackgroundColor: () => undefined, setTitle: () => undefined },
      fakeBrowser.storage.local,
      async () => store,
    );
    expect(await update(2)).toEqual({ works: 1, invitations: 2 });
    expect(texts).toEqual(['3']);
  });
});
