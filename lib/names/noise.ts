/**
 * Data noise in upstream name lists, filtered before it is shown as fact: name-order variants of a
 * display name ("Priem Jason" for "Jason Priem") and strings that are not one person's name
 * ("Downward and Mearman Tony Lawson", a citation string mis-split into an author record).
 */
import { isCollaborationName } from './collaboration';
import { fold } from './normalize';

/** The name's words, folded (case, accents, punctuation and order ignored): "Priem, Jason" → "jason priem". */
export function nameWordsKey(name: string): string {
  return fold(name)
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** True when `a` and `b` are the same words reordered, re-cased, re-punctuated or de-accented. */
export function isSameNameReordered(a: string, b: string): boolean {
  const ka = nameWordsKey(a);
  return ka !== '' && ka === nameWordsKey(b);
}

/** More words than a person's name plausibly has (long Iberian names reach six or seven). */
const MAX_NAME_WORDS = 7;

/**
 * Whether a string can be one person's name: no joining "and"/"&"/";" (two names run together), no
 * digits, not a group ("… Consortium"), not too many words. Conservative: real names pass.
 */
export function isPersonName(raw: string): boolean {
  const name = raw.trim();
  if (!name) return false;
  if (/\band\b|&|;|\bet al\b|\d|@/i.test(name)) return false;
  if (isCollaborationName(name)) return false;
  return name.split(/\s+/).length <= MAX_NAME_WORDS;
}

/**
 * Other spellings worth showing beside `displayName`: each once, none that is the display name (or an
 * earlier one) reordered/re-cased/de-accented, none that is not a person's name. Order kept.
 */
export function distinctOtherNames(displayName: string, alternatives: readonly string[]): string[] {
  const seen = new Set([nameWordsKey(displayName)]);
  const names: string[] = [];
  for (const raw of alternatives) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = nameWordsKey(name);
    if (!key || seen.has(key) || !isPersonName(name)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
