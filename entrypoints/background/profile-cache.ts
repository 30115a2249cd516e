import { LRUCache } from 'lru-cache';
import type { ResearcherProfile } from '../../lib/api/profile';
import { getProfile } from '../../lib/api/profile-client';

export interface ProfileCacheOptions {
  /** Read on every miss, so a changed service URL applies without a restart. */
  serviceUrl: () => Promise<string>;
  fetch?: typeof fetch;
  /** Profiles kept; a card opens a handful per page. */
  max?: number;
  ttlMs?: number;
}

export interface ProfileCache {
  get(id: string): Promise<ResearcherProfile>;
  /** Drops a profile whose record changed (a claim, the owner's settings). */
  forget?(id: string): void;
}

export const PROFILE_TTL_MS = 10 * 60 * 1000;

/**
 * Profiles in memory for a few minutes: reopening a card, or several cards of one researcher, costs one
 * request. `lru-cache`'s fetch shares a request in flight; failures are not cached.
 */
export function createProfileCache(options: ProfileCacheOptions): ProfileCache {
  const cache = new LRUCache<string, ResearcherProfile>({
    max: options.max ?? 50,
    ttl: options.ttlMs ?? PROFILE_TTL_MS,
    fetchMethod: async (id, _stale, { signal }) =>
      getProfile(await options.serviceUrl(), id, options.fetch ? { signal, fetch: options.fetch } : { signal }),
  });
  return {
    async get(id) {
      const profile = await cache.fetch(id);
      if (!profile) throw new Error('no profile');
      return profile;
    },
    forget: (id) => void cache.delete(id),
  };
}
