import { parseName, type NameParts } from './normalize';

/**
 * How compatible two spellings of a person's name are, 0–1.
 * 1: same surname and same given names; ~0.85: same surname, given names agree as initials;
 * ~0.6: a one-word name equal to one of the other's words; 0: surnames differ or given names conflict.
 */
export function nameCompatibility(a: string, b: string): number {
  const pa = parseName(a);
  const pb = parseName(b);
  if (pa.tokens.length === 0 || pb.tokens.length === 0) return 0;
  const direct = compareParts(pa, pb);
  if (direct > 0) return direct;
  // Family-name-first spellings ("Wang Wei" vs "Wei Wang"): same tokens in another order.
  if (sameTokenSet(pa.tokens, pb.tokens)) return 0.75;
  return 0;
}

function compareParts(a: NameParts, b: NameParts): number {
  if (a.given.length === 0 || b.given.length === 0) {
    // One-word name: compatible with a name that has that word as its surname or a given name.
    const single = a.given.length === 0 ? a : b;
    const other = single === a ? b : a;
    const word = single.surname.join(' ');
    if (other.given.length === 0) return word === other.surname.join(' ') ? 0.9 : 0;
    return other.surname.join(' ') === word || other.tokens.includes(word) ? 0.6 : 0;
  }
  if (!surnamesAgree(a.surname, b.surname)) {
    return 0;
  }
  return givenAgreement(a.given, b.given);
}

function surnamesAgree(a: string[], b: string[]): boolean {
  const ja = a.join(' ');
  const jb = b.join(' ');
  if (ja === jb) return true;
  // Particles may be dropped ("Berg" vs "van den Berg"), hyphens may become spaces.
  const core = (s: string[]) => s[s.length - 1]!.replace(/-/g, '');
  const ca = core(a);
  const cb = core(b);
  if (ca === cb) return true;
  const da = ja.replace(/[\s-]/g, '');
  const db = jb.replace(/[\s-]/g, '');
  return da === db || da.endsWith(cb) || db.endsWith(ca);
}

function givenAgreement(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  let exact = 0;
  let identical = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) {
      identical++;
      if (x.length > 1) exact++;
      continue;
    }
    const initialsAgree = x[0] === y[0] && (x.length === 1 || y.length === 1);
    if (initialsAgree) continue;
    // Two different spelled-out names (or initials): a first-name conflict rules the match out,
    // a middle-name conflict leaves it weak.
    return i === 0 ? hyphenatedFirst(x, y) : 0.3;
  }
  // Middle names are often dropped: "Jevin D. West" vs "Jevin West" compares the first names only.
  // Identical initials count as agreement once a spelled-out name anchors them ("Dan C." = "Dan C.").
  if (identical === n && exact > 0) return a.length === b.length ? 1 : 0.95;
  return exact > 0 ? 0.9 : 0.85;
}

/** "Jean-Paul" vs "Jean": the first part of a hyphenated given name. */
function hyphenatedFirst(x: string, y: string): number {
  const fx = x.split('-')[0];
  const fy = y.split('-')[0];
  return fx !== undefined && fx === fy ? 0.8 : 0;
}

function sameTokenSet(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const sa = [...a].sort().join(' ');
  const sb = [...b].sort().join(' ');
  return sa === sb;
}
