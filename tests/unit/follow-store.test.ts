import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openFollowStore, type FollowStore } from '../../lib/follow/follow-store';
import { mirrorDiff, readMirror } from '../../lib/follow/sync-mirror';
import { exportCsv, exportJson, parseImport } from '../../lib/follow/transfer';

let n = 0;
const stores: FollowStore[] = [];
const open = async (name = `follows-${++n}`) => {
  const store = await openFollowStore({ sync: fakeBrowser.storage.sync, name, now: () => Date.parse('2026-05-20T12:00:00Z') });
  stores.push(store);
  return store;
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => stores.splice(0).forEach((s) => s.close()));

describe('follow store', () => {
  it('keeps follows in IndexedDB and mirrors ids and dates (only) to storage.sync', async () => {
    const store = await open();
    await store.follow('A5023888391', { name: 'Jason Priem' });
    await store.follow('A5048491430');
    expect((await store.list()).map((f) => f.researcherId).sort()).toEqual(['A5023888391', 'A5048491430']);
    const mirror = await readMirror(fakeBrowser.storage.sync);
    expect(mirror.written).toBe(true);
    expect([...mirror.follows.keys()].sort()).toEqual(['A5023888391', 'A5048491430']);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('Jason');
  });

  it('undo puts back the entry as it was; a reinstall (empty IndexedDB) takes the synced list', async () => {
    const store = await open();
    const entry = await store.follow('A5023888391', { name: 'Jason Priem' });
    const removed = await store.unfollow('A5023888391');
    expect(await store.get('A5023888391')).toBeUndefined();
    await store.restore(removed!);
    expect(await store.get('A5023888391')).toEqual(entry);

    const reinstalled = await open();
    await reinstalled.pullFromSync();
    expect((await reinstalled.list()).map((f) => [f.researcherId, f.followedAt])).toEqual([['A5023888391', '2026-05-20T12:00:00.000Z']]);
  });

  it('applies another browser’s change without dropping a follow made here meanwhile', async () => {
    const store = await open();
    await store.follow('A5000000001');
    await store.follow('A5000000002');
    const diff = mirrorDiff({ 'follows.0': { oldValue: { A5000000001: 1, A5000000009: 1 }, newValue: { A5000000009: 1, A5000000003: 7 } } });
    expect([...diff.removed]).toEqual(['A5000000001']);
    await store.applySyncChange(diff);
    expect((await store.list()).map((f) => f.researcherId).sort()).toEqual(['A5000000002', 'A5000000003']);
  });

  it('exports JSON and CSV that import back to the same list, merged without duplicates', async () => {
    const store = await open();
    await store.follow('A5023888391', { name: 'Priem, Jason "J."' });
    await store.follow('A5048491430', { name: '=Piwowar' });
    const list = await store.list();
    for (const text of [exportJson(list), exportCsv(list)]) {
      const parsed = parseImport(text);
      expect(parsed.ok && parsed.follows.map((f) => [f.researcherId, f.followedAt, f.name])).toEqual(list.map((f) => [f.researcherId, f.followedAt, f.name]));
      if (parsed.ok) expect(await store.merge(parsed.follows)).toBe(0);
    }
    const other = await open();
    const csv = parseImport(exportCsv(list));
    expect(csv.ok && (await other.merge(csv.follows))).toBe(2);
  });

  it('rejects an invalid import whole, naming the problem', () => {
    expect(parseImport('{"format":"peerlens-follows","version":1,"follows":[{"researcherId":"W123","followedAt":"2026-01-01T00:00:00Z"}]}')).toMatchObject({ ok: false, error: expect.stringContaining('researcherId') });
    expect(parseImport('researcherId,followedAt,name\r\nA5023888391,yesterday,Jason')).toMatchObject({ ok: false, error: expect.stringContaining('Row 2') });
    expect(parseImport('id,when\r\nA1,2026')).toMatchObject({ ok: false });
    expect(parseImport('{not json')).toEqual({ ok: false, error: 'This file is not valid JSON.' });
  });
});
