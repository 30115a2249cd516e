import { LRUCache } from 'lru-cache';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';

/**
 * OpenAlex's answers to searches, kept briefly: suggestions as one types repeat the same prefixes, and a
 * pending answer is shared rather than asked again. Failures are not kept.
 */
export class SearchCache {
  private readonly cache: LRUCache<string, Promise<OpenAlexAuthor[]>>;

  constructor(options: { max?: number; ttlMs?: number } = {}) {
    this.cache = new LRUCache({ max: options.max ?? 500, ttl: options.ttlMs ?? 10 * 60 * 1000 });
  }

  get(key: string, load: () => Promise<OpenAlexAuthor[]>): Promise<OpenAlexAuthor[]> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const pending = load();
    this.cache.set(key, pending);
    pending.catch(() => {
      if (this.cache.peek(key) === pending) this.cache.delete(key);
    });
    return pending;
  }

  clear(): void {
    this.cache.clear();
  }
}
