/**
 * Co-author evidence for a paper OpenAlex does not have yet: each page name has candidates from a name search; a
 * candidate is confirmed when it shares a work with a candidate (or an already settled record) of another name on
 * the same paper. Precision first: a name is settled only when exactly one candidate is confirmed clearly better
 * than the next; otherwise it stays ambiguous with its candidates ranked. Pure.
 */

export interface Candidate {
  id: string;
  /** Name compatibility with the page's spelling, 0–1. */
  compat: number;
  worksCount: number;
  /** Share of the candidate's topics in the paper's field (0–1), or null when the field is unknown. */
  fieldFit: number | null;
}

export interface NameSlot {
  position: number;
  /** Set when the name is already settled (Semantic Scholar, ORCID): it confirms others but is not decided here. */
  settledId: string | null;
  candidates: Candidate[];
}

/** A work by the candidates: its id and the OpenAlex author ids on it. */
export interface JointWork {
  id: string;
  authorIds: ReadonlySet<string>;
}

export interface Evidence {
  id: string;
  /** Other names of the paper that this candidate shares a work with. */
  partners: number;
  /** Distinct works shared with a candidate of another name. */
  sharedWorks: number;
}

export type CoauthorDecision =
  | { position: number; state: 'resolved'; authorId: string; confidence: number; evidence: Evidence }
  | { position: number; state: 'ambiguous'; candidateIds: string[]; confidence: number }
  | { position: number; state: 'none' };

/** At most this many candidates are kept per name and shown on an ambiguous card. */
export const MAX_CANDIDATES = 5;

export function decideByCoauthors(slots: readonly NameSlot[], works: readonly JointWork[]): CoauthorDecision[] {
  // Which names each author id could stand for on this paper.
  const namesOf = new Map<string, Set<number>>();
  const add = (id: string, position: number) => {
    let set = namesOf.get(id);
    if (!set) namesOf.set(id, (set = new Set()));
    set.add(position);
  };
  for (const s of slots) {
    if (s.settledId) add(s.settledId, s.position);
    else for (const c of s.candidates) add(c.id, s.position);
  }

  const evidenceOf = (id: string, position: number): Evidence => {
    const partners = new Set<number>();
    let sharedWorks = 0;
    for (const w of works) {
      if (!w.authorIds.has(id)) continue;
      let shared = false;
      for (const other of w.authorIds) {
        if (other === id) continue;
        for (const p of namesOf.get(other) ?? []) {
          if (p === position) continue;
          partners.add(p);
          shared = true;
        }
      }
      if (shared) sharedWorks++;
    }
    return { id, partners: partners.size, sharedWorks };
  };

  return slots
    .filter((s) => !s.settledId)
    .map((s): CoauthorDecision => {
      if (s.candidates.length === 0) return { position: s.position, state: 'none' };
      const ranked = s.candidates
        .map((c) => ({ c, e: evidenceOf(c.id, s.position) }))
        .sort(
          (a, b) =>
            b.e.partners - a.e.partners ||
            b.e.sharedWorks - a.e.sharedWorks ||
            (b.c.fieldFit ?? 0) - (a.c.fieldFit ?? 0) ||
            b.c.compat - a.c.compat ||
            b.c.worksCount - a.c.worksCount,
        );
      const [best, second] = ranked as [(typeof ranked)[number], (typeof ranked)[number] | undefined];
      const confirmed = best.e.partners > 0;
      const clearMargin =
        !second || second.e.partners === 0 || (best.e.partners > second.e.partners && best.e.sharedWorks >= 2 * second.e.sharedWorks);
      if (confirmed && clearMargin && best.c.compat >= 0.75) {
        // More partners and more shared works make a namesake's coincidence less likely; a field mismatch lowers it.
        const strength = Math.min(1, 0.5 + 0.15 * best.e.partners + 0.05 * Math.min(best.e.sharedWorks, 4));
        const fit = best.c.fieldFit === null || best.c.fieldFit > 0 ? 1 : 0.85;
        return { position: s.position, state: 'resolved', authorId: best.c.id, confidence: round(strength * fit * best.c.compat), evidence: best.e };
      }
      const candidateIds = ranked.slice(0, MAX_CANDIDATES).map((r) => r.c.id);
      // Not certain by construction: even a lone candidate is at most an even chance.
      return { position: s.position, state: 'ambiguous', candidateIds, confidence: round(best.c.compat / (candidateIds.length + 1)) };
    });
}

/**
 * Splits of a paper's names (those with candidates) into two sides, one "an author on side A and an author on side B"
 * query each, so that every pair of names is on opposite sides once: side = bit k of the name's index, for
 * k < ⌈log₂ count⌉ (2 names: 1 query, up to 4: 2, up to 8: 3).
 */
export function nameSplits(count: number): Array<(index: number) => 0 | 1> {
  const splits: Array<(index: number) => 0 | 1> = [];
  for (let k = 0; 1 << k < count; k++) splits.push((i) => ((i >> k) & 1) as 0 | 1);
  return splits;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
