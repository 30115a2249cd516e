/** Name normalisation shared by the site adapters (display) and the service (matching). */

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'al', 'el']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

/** Collapses whitespace (including NBSP) and trims; keeps the page's spelling. */
export function cleanDisplayName(raw: string): string {
  return raw.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** "Last, First M." → "First M. Last"; anything else unchanged (after whitespace clean-up). */
export function toDisplayOrder(raw: string): string {
  const name = cleanDisplayName(raw);
  const comma = name.indexOf(',');
  if (comma <= 0) return name;
  const last = name.slice(0, comma).trim();
  const rest = name.slice(comma + 1).trim();
  if (!rest || SUFFIXES.has(fold(rest).replace(/\./g, ''))) return name;
  return `${rest} ${last}`;
}

/** Lower case, no diacritics, no punctuation but spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .toLowerCase();
}

export interface NameParts {
  /** Given-name tokens, folded ("jean", "paul" or "j"). */
  given: string[];
  /** Surname tokens, folded, particles included ("van", "der", "berg"). */
  surname: string[];
  /** All tokens, folded. */
  tokens: string[];
}

export function parseName(raw: string): NameParts {
  const display = toDisplayOrder(raw);
  const tokens = fold(display)
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9\s.-]/g, ' ')
    .replace(/([a-z])\.(?=[a-z])/g, '$1. ') // "J.R." → "J. R."
    .split(/[\s.]+|-(?=[a-z]\b)/) // hyphenated initials "J.-P." split; "Fei-Fei" stays one token
    .map((t) => t.replace(/^-+|-+$/g, ''))
    .filter((t) => t.length > 0 && !SUFFIXES.has(t));
  if (tokens.length <= 1) return { given: [], surname: tokens, tokens };
  let cut = tokens.length - 1;
  while (cut > 1 && PARTICLES.has(tokens[cut - 1]!)) cut--;
  return { given: tokens.slice(0, cut), surname: tokens.slice(cut), tokens };
}
