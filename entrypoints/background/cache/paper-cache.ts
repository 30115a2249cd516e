import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { PaperResult } from '../../../lib/api/resolve';
import type { ResearcherSummary } from '../../../lib/api/researcher';

/** One paper's answer from the service, as the cache keeps it. */
export interface CachedPaper {
  key: string;
  result: PaperResult;
  /** Epoch ms when the service answered. */
  storedAt: number;
}

interface CacheSchema extends DBSchema {
  papers: { key: string; value: CachedPaper; indexes: { storedAt: number } };
}

export interface PaperCache {
  get(keys: string[]): Promise<Map<string, CachedPaper>>;
  put(entries: CachedPaper[]): Promise<void>;
  /** Forgets every answer (the options page's "Clear cache"). */
  clear(): Promise<void>;
  /** Forgets the answers that show this researcher (a claim changed their level), so the next visit asks again. */
  forgetResearcher(id: string): Promise<void>;
  /** Puts a fresher snapshot (from a profile) into every answer that shows this researcher, keeping their age. */
  refreshResearcher(summary: ResearcherSummary): Promise<void>;
  close(): void;
}

export const DEFAULT_MAX_PAPERS = 2000;

/**
 * Per-paper answers in IndexedDB, bounded: after each write the oldest entries (by `storedAt`) beyond
 * `maxPapers` are evicted, so a long browsing history never grows the profile without limit.
 */
export async function openPaperCache(options: { name?: string; maxPapers?: number } = {}): Promise<PaperCache> {
  const maxPapers = options.maxPapers ?? DEFAULT_MAX_PAPERS;
  const db: IDBPDatabase<CacheSchema> = await openDB<CacheSchema>(options.name ?? 'peerlens-cache', 1, {
    upgrade(database) {
      const store = database.createObjectStore('papers', { keyPath: 'key' });
      store.createIndex('storedAt', 'storedAt');
    },
  });

  return {
    async get(keys) {
      const tx = db.transaction('papers', 'readonly');
      const rows = await Promise.all(keys.map((k) => tx.store.get(k)));
      await tx.done;
      const found = new Map<string, CachedPaper>();
      rows.forEach((row, i) => {
        // A row written by an older version that no longer parses is a miss, not a crash.
        const parsed = row && PaperResult.safeParse(row.result);
        if (row && parsed?.success) found.set(keys[i]!, { ...row, result: parsed.data });
      });
      return found;
    },

    async put(entries) {
      if (entries.length === 0) return;
      const tx = db.transaction('papers', 'readwrite');
      for (const entry of entries) void tx.store.put(entry);
      let excess = (await tx.store.count()) - maxPapers;
      if (excess > 0) {
        let cursor = await tx.store.index('storedAt').openCursor();
        while (cursor && excess > 0) {
          await cursor.delete();
          excess--;
          cursor = await cursor.continue();
        }
      }
      await tx.done;
    },

    async clear() {
      await db.clear('papers');
    },

    async forgetResearcher(id) {
      const tx = db.transaction('papers', 'readwrite');
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        const shows = cursor.value.result.authors.some((a) => a.researcher?.id === id || a.candidates?.some((c) => c.id === id));
        if (shows) await cursor.delete();
      }
      await tx.done;
    },

    async refreshResearcher(summary) {
      const tx = db.transaction('papers', 'readwrite');
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        const { result } = cursor.value;
        if (!result.authors.some((a) => a.researcher?.id === summary.id)) continue;
        const authors = result.authors.map((a) => (a.researcher?.id === summary.id ? { ...a, researcher: summary } : a));
        await cursor.update({ ...cursor.value, result: { ...result, authors } });
      }
      await tx.done;
    },

    close() {
      db.close();
    },
  };
}
