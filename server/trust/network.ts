import type { StoredWork } from '../db/works-store';

export interface CoAuthorNetwork {
  /** Co-author id → works shared with the author. */
  shared: Map<string, number>;
  /** Co-authors with at least two shared works, most shared first (then by id, so the order is stable). */
  close: string[];
  /** Close collaborators whose authorship carries an ORCID iD (asserted outside disambiguation: L2). */
  closeWithOrcid: string[];
  /** Distinct institutions on the co-authors' authorships. */
  institutions: number;
}

export const CLOSE_COLLABORATOR_MIN_SHARED = 2;

/** The author's co-authors as their stored works show them. Pure. */
export function coAuthorNetwork(authorId: string, storedWorks: readonly StoredWork[]): CoAuthorNetwork {
  const shared = new Map<string, number>();
  const withOrcid = new Set<string>();
  const institutions = new Set<string>();
  for (const w of storedWorks) {
    const others = new Set<string>();
    for (const a of w.authorships) {
      if (!a.authorId || a.authorId === authorId) continue;
      others.add(a.authorId);
      if (a.orcid) withOrcid.add(a.authorId);
      for (const i of a.institutionIds) institutions.add(i);
    }
    for (const o of others) shared.set(o, (shared.get(o) ?? 0) + 1);
  }
  const close = [...shared]
    .filter(([, n]) => n >= CLOSE_COLLABORATOR_MIN_SHARED)
    .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
    .map(([id]) => id);
  return { shared, close, closeWithOrcid: close.filter((id) => withOrcid.has(id)), institutions: institutions.size };
}
