/**
 * The look-up prefilled with a name: `popup.html#search/<name>`. The background opens it for a card's
 * "Search this name"; the popup reads the name back and searches for it at once.
 */
const PREFIX = '#search/';

export function searchHash(name: string): string {
  return PREFIX + encodeURIComponent(name.trim());
}

/** The name a `#search/…` hash asks for, or undefined (another hash, or a malformed one). */
export function queryFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const name = decodeURIComponent(hash.slice(PREFIX.length)).trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}
