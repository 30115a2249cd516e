import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ResearcherSummary } from '../api/researcher';
import { readMirror, writeMirror, type SyncArea } from './sync-mirror';

/** What the new-works alarm remembers of one followed researcher (see new-works.ts). */
export interface WatchState {
  /** `YYYY-MM-DD`: works published on or after it are asked for. */
  since: string;
  /** Work ids already seen since `since`, so a work is counted once. */
  known: string[];
  /** New works the reader has not looked at yet. */
  unseen: { id: string; title: string | null; year: number | null }[];
}

export interface FollowEntry {
  researcherId: string;
  /** ISO time. */
  followedAt: string;
  name: string | null;
  /** The snapshot when followed or last refreshed, for the Following tab without a request. */
  summary: ResearcherSummary | null;
  watch: WatchState | null;
  /**
   * Whose follow this is: the ORCID iD of the account it was made in (or came from, on sign-in), or null/absent
   * for a follow made signed out, which belongs to this browser. An account's follows leave with its sign-out.
   */
  account?: string | null;
}

/** A follow made signed out: this browser's, never sent to any account without its own yes. */
export const isBrowserFollow = (e: Pick<FollowEntry, 'account'>): boolean => (e.account ?? null) === null;

interface FollowSchema extends DBSchema {
  follows: { key: string; value: FollowEntry };
}

export interface FollowStore {
  list(): Promise<FollowEntry[]>;
  get(id: string): Promise<FollowEntry | undefined>;
  follow(id: string, details?: { name?: string | null; summary?: ResearcherSummary | null; account?: string | null }): Promise<FollowEntry>;
  /** Returns the removed entry, which `restore` puts back as it was (Undo). */
  unfollow(id: string): Promise<FollowEntry | undefined>;
  restore(entry: FollowEntry): Promise<void>;
  /** Adds entries not followed yet (an import, the service's list); returns how many were new. */
  merge(entries: { researcherId: string; followedAt: string; name?: string | null; summary?: ResearcherSummary | null; account?: string | null }[]): Promise<number>;
  /** Hands these browser follows to an account (the reader said yes to adding them); returns the ids moved. */
  assignToAccount(ids: readonly string[], account: string): Promise<string[]>;
  /** Removes the follows of every account but `keep` (sign-out: the account's follows leave this browser). */
  dropAccountFollows(keep?: string | null): Promise<number>;
  update(id: string, change: Partial<Pick<FollowEntry, 'summary' | 'watch' | 'name'>>): Promise<void>;
  /** Makes this browser's list match the synced one (a reinstall, a first start with sync on). */
  pullFromSync(): Promise<void>;
  /** Applies what another browser changed in the mirror (see `mirrorDiff`). */
  applySyncChange(diff: { added: Map<string, number>; removed: Set<string> }): Promise<void>;
  close(): void;
}

/**
 * Follows kept in IndexedDB (works signed out, survives restarts) and mirrored to `storage.sync` after every
 * change. The service's copy (signed in) is kept by the background, not here.
 */
export async function openFollowStore(options: { sync: SyncArea; name?: string; now?: () => number }): Promise<FollowStore> {
  const now = options.now ?? Date.now;
  const db: IDBPDatabase<FollowSchema> = await openDB<FollowSchema>(options.name ?? 'peerlens-follows', 1, {
    upgrade(database) {
      database.createObjectStore('follows', { keyPath: 'researcherId' });
    },
  });

  async function mirror(): Promise<void> {
    // Only the browser's own follows go to sync: an account's follows live on the service and must not
    // reach another browser (or the next person on this one) as if they were the browser's.
    const all = (await db.getAll('follows')).filter(isBrowserFollow);
    // Sync may be off, full or unavailable (Firefox without an account): the local list still holds.
    await writeMirror(options.sync, new Map(all.map((f) => [f.researcherId, Math.floor(Date.parse(f.followedAt) / 1000)]))).catch(() => undefined);
  }

  const fresh = (researcherId: string, followedAt: string, name: string | null, summary: ResearcherSummary | null, account: string | null = null): FollowEntry => ({
    researcherId,
    followedAt,
    name,
    summary,
    watch: null,
    account,
  });

  return {
    async list() {
      return (await db.getAll('follows')).sort((a, b) => b.followedAt.localeCompare(a.followedAt));
    },
    get: (id) => db.get('follows', id),
    async follow(id, details = {}) {
      const existing = await db.get('follows', id);
      if (existing) return existing;
      const entry = fresh(id, new Date(now()).toISOString(), details.name ?? details.summary?.name ?? null, details.summary ?? null, details.account ?? null);
      await db.put('follows', entry);
      await mirror();
      return entry;
    },
    async unfollow(id) {
      const existing = await db.get('follows', id);
      if (!existing) return undefined;
      await db.delete('follows', id);
      await mirror();
      return existing;
    },
    async restore(entry) {
      await db.put('follows', entry);
      await mirror();
    },
    async merge(entries) {
      let added = 0;
      const tx = db.transaction('follows', 'readwrite');
      for (const e of entries) {
        if (await tx.store.get(e.researcherId)) continue;
        await tx.store.put(fresh(e.researcherId, e.followedAt, e.name ?? e.summary?.name ?? null, e.summary ?? null, e.account ?? null));
        added++;
      }
      await tx.done;
      if (added > 0) await mirror();
      return added;
    },
    async assignToAccount(ids, account) {
      const moved: string[] = [];
      const tx = db.transaction('follows', 'readwrite');
      for (const id of ids) {
        const existing = await tx.store.get(id);
        if (!existing || !isBrowserFollow(existing)) continue;
        await tx.store.put({ ...existing, account });
        moved.push(id);
      }
      await tx.done;
      if (moved.length > 0) await mirror();
      return moved;
    },
    async dropAccountFollows(keep = null) {
      let dropped = 0;
      const tx = db.transaction('follows', 'readwrite');
      for (const entry of await tx.store.getAll()) {
        if (isBrowserFollow(entry) || entry.account === keep) continue;
        await tx.store.delete(entry.researcherId);
        dropped++;
      }
      await tx.done;
      return dropped;
    },
    async update(id, change) {
      const tx = db.transaction('follows', 'readwrite');
      const existing = await tx.store.get(id);
      if (existing) await tx.store.put({ ...existing, ...change });
      await tx.done;
    },
    async pullFromSync() {
      const mirrored = await readMirror(options.sync).catch(() => null);
      if (!mirrored) return;
      const local = (await db.getAll('follows')).filter(isBrowserFollow);
      if (!mirrored.written) {
        // Never synced (first run, sync was off): this browser's list starts the mirror.
        if (local.length > 0) await mirror();
        return;
      }
      const synced = mirrored.follows;
      const tx = db.transaction('follows', 'readwrite');
      for (const entry of local) if (!synced.has(entry.researcherId)) await tx.store.delete(entry.researcherId);
      for (const [id, at] of synced) {
        if (!(await tx.store.get(id))) await tx.store.put(fresh(id, new Date(at * 1000).toISOString(), null, null));
      }
      await tx.done;
    },
    async applySyncChange({ added, removed }) {
      if (added.size === 0 && removed.size === 0) return;
      const tx = db.transaction('follows', 'readwrite');
      for (const id of removed) {
        const existing = await tx.store.get(id);
        if (existing && isBrowserFollow(existing)) await tx.store.delete(id);
      }
      for (const [id, at] of added) if (!(await tx.store.get(id))) await tx.store.put(fresh(id, new Date(at * 1000).toISOString(), null, null));
      await tx.done;
    },
    close: () => db.close(),
  };
}
