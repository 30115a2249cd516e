import { toOrcid } from '../../lib/api/ids';
import type { ReasonCode } from '../../lib/api/resolve';
import { nameCompatibility, parseName } from '../../lib/names';
import { AUTHOR_WITHOUT_RECORD, NOT_A_NAME, nameNotOnPaper, severalOnPaper } from './reasons';
import type { WorkAuthorship } from '../db/works-store';

/** A name as the page shows it, 1-based position in the page's author list. */
export interface PageName {
  position: number;
  name: string;
  orcid?: string | undefined;
}

export type Alignment =
  | { position: number; state: 'resolved'; authorId: string; confidence: number; by: 'orcid' | 'position' | 'name' }
  | { position: number; state: 'ambiguous'; candidateIds: string[]; confidence: number; reason: string; reasonCode: ReasonCode }
  | { position: number; state: 'unresolved'; confidence: 0; reason: string; reasonCode: ReasonCode };

/** A page name needs at least this compatibility with an authorship to be matched to it. */
export const MATCH_THRESHOLD = 0.6;
/** Two authorships whose compatibility with a name differs by less than this are "about equal". */
const TIE_MARGIN = 0.05;

/**
 * Aligns the names a page shows with the authorships of the work: ORCID iDs first (certain), then by position
 * when both lists have the same length and the names are compatible, then a greedy best-first assignment on
 * name similarity for the rest (closer positions go first among equal scores); a name that fits two free
 * authorships about equally is ambiguous. Pure.
 */
export function alignAuthors(page: readonly PageName[], authorships: readonly WorkAuthorship[]): Alignment[] {
  const result = new Map<number, Alignment>();
  const used = new Set<WorkAuthorship>();
  const accept = (p: PageName, a: WorkAuthorship, confidence: number, by: 'orcid' | 'position' | 'name') => {
    used.add(a);
    result.set(p.position, a.authorId
      ? { position: p.position, state: 'resolved', authorId: a.authorId, confidence, by }
      : { position: p.position, state: 'unresolved', confidence: 0, reason: AUTHOR_WITHOUT_RECORD.text, reasonCode: AUTHOR_WITHOUT_RECORD.code });
  };

  for (const p of page) {
    const orcid = toOrcid(p.orcid);
    const a = orcid ? authorships.find((x) => !used.has(x) && toOrcid(x.orcid) === orcid) : undefined;
    if (a) accept(p, a, 1, 'orcid');
  }

  const score = scorer();
  if (page.length === authorships.length) {
    page.forEach((p, i) => {
      const a = authorships[i]!;
      if (result.has(p.position) || used.has(a)) return;
      const s = score(p, a);
      if (s >= MATCH_THRESHOLD) accept(p, a, s, 'position');
    });
  }

  const open = page.filter((p) => !result.has(p.position));
  const pairs = candidatePairs(open, authorships.filter((a) => !used.has(a)))
    .map(([p, a]) => ({ p, a, s: score(p, a) }))
    .filter((x) => x.s >= MATCH_THRESHOLD);
  const options = new Map<PageName, Array<{ a: WorkAuthorship; s: number }>>();
  for (const x of pairs) {
    const list = options.get(x.p);
    if (list) list.push(x);
    else options.set(x.p, [x]);
  }
  pairs.sort((x, y) => y.s - x.s || Math.abs(x.p.position - x.a.position) - Math.abs(y.p.position - y.a.position) || x.p.position - y.p.position);

  for (const { p, a, s } of pairs) {
    if (result.has(p.position) || used.has(a)) continue;
    const rivals = (options.get(p) ?? []).filter((r) => r.a !== a && !used.has(r.a) && r.s >= s - TIE_MARGIN).map((r) => r.a);
    // Positions only order the work; when lists differ in length they do not tell two near-equal fits apart.
    if (rivals.length === 0) {
      accept(p, a, s, 'name');
      continue;
    }
    const candidateIds = [...new Set([a, ...rivals].map((r) => r.authorId).filter((id): id is string => id !== null))];
    const why = severalOnPaper(p.name, rivals.length + 1);
    result.set(p.position, {
      position: p.position,
      state: 'ambiguous',
      candidateIds,
      confidence: s / (rivals.length + 1),
      reason: why.text,
      reasonCode: why.code,
    });
  }

  return page.map((p) => {
    const done = result.get(p.position);
    if (done) return done;
    const why = parseName(p.name).tokens.length === 0 ? NOT_A_NAME : nameNotOnPaper(p.name);
    return { position: p.position, state: 'unresolved', confidence: 0, reason: why.text, reasonCode: why.code };
  });
}

/** Compatibility with the authorship's printed name or its record's display name, whichever is higher; memoised. */
function scorer(): (p: PageName, a: WorkAuthorship) => number {
  const memo = new Map<string, number>();
  const compat = (x: string, y: string | null) => {
    if (!y) return 0;
    const key = `${x}\u0000${y}`;
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = nameCompatibility(x, y)));
    return v;
  };
  return (p, a) => Math.max(compat(p.name, a.rawName), compat(p.name, a.displayName));
}

/**
 * Only pairs that share a blocking key can be compatible (a surname or a reordered word in common), so very
 * long author lists (thousands of names) are not compared all against all. Key: each word's last three letters.
 */
function candidatePairs(page: readonly PageName[], authorships: readonly WorkAuthorship[]): Array<[PageName, WorkAuthorship]> {
  const byKey = new Map<string, WorkAuthorship[]>();
  for (const a of authorships) {
    for (const k of new Set([...blockingKeys(a.rawName), ...blockingKeys(a.displayName)])) {
      const list = byKey.get(k);
      if (list) list.push(a);
      else byKey.set(k, [a]);
    }
  }
  const pairs: Array<[PageName, WorkAuthorship]> = [];
  for (const p of page) {
    const seen = new Set<WorkAuthorship>();
    for (const k of blockingKeys(p.name)) for (const a of byKey.get(k) ?? []) seen.add(a);
    for (const a of seen) pairs.push([p, a]);
  }
  return pairs;
}

function blockingKeys(name: string | null): string[] {
  if (!name) return [];
  const words = parseName(name).tokens.map((t) => t.replace(/-/g, ''));
  const long = words.filter((w) => w.length >= 2);
  return (long.length > 0 ? long : words).map((w) => w.slice(-3));
}
