import type { SiteAdapter } from './types';
import { matchesPattern } from './url-match';

/** Whether `adapter` serves `url`: one of its match patterns, narrowed by its own URL check. */
export function adapterClaimsUrl(adapter: SiteAdapter, url: URL): boolean {
  return adapter.matches.some((p) => matchesPattern(url, p)) && (adapter.claimsUrl?.(url) ?? true);
}

export function adapterForUrl(adapters: readonly SiteAdapter[], url: URL): SiteAdapter | undefined {
  return adapters.find((a) => adapterClaimsUrl(a, url));
}
