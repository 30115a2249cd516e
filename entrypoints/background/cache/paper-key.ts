import { paperKey, type PaperQuery } from '../../../lib/api/resolve';

/**
 * Cache key for one paper as a page shows it: the paper's identifier plus a hash of its author names,
 * because the answer aligns those exact names by position (a revised version may list other authors).
 */
export function paperCacheKey(paper: Pick<PaperQuery, 'arxivId' | 'doi' | 'authors'>): string {
  return `${paperKey(paper)}#${hashNames(paper.authors.map((a) => a.name))}`;
}

/** cyrb53: a fast 53-bit string hash; collisions only cost a wrong cache pairing between two author lists. */
function hashNames(names: string[]): string {
  const text = names.join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
