import { MatchPattern } from 'wxt/utils/match-patterns';

const compiled = new Map<string, MatchPattern>();

/** Whether `url` matches a manifest match pattern ("https://*.example.org/*"). */
export function matchesPattern(url: URL | string, pattern: string): boolean {
  let matcher = compiled.get(pattern);
  if (!matcher) {
    matcher = new MatchPattern(pattern);
    compiled.set(pattern, matcher);
  }
  // A string, never a URL object: `includes` tests `instanceof Location`, which a service worker lacks.
  return matcher.includes(typeof url === 'string' ? url : url.href);
}
