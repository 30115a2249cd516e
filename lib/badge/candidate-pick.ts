import type { AuthorMatch } from '../api/resolve';

/**
 * The match once the reader picked a candidate (resolved to it, candidates kept so the card can offer
 * "Choose again"), or forgot the pick (`null`: ambiguous again). Mirrors what the background does with
 * remembered picks (lib/choices), so the page and later answers agree.
 */
export function withPick(match: AuthorMatch, researcherId: string | null): AuthorMatch | null {
  const candidates = match.candidates;
  if (!candidates?.length) return null;
  if (researcherId === null) {
    const { researcher: _dropped, ...rest } = match;
    return { ...rest, state: 'ambiguous' };
  }
  const researcher = candidates.find((c) => c.id === researcherId);
  return researcher ? { ...match, state: 'resolved', researcher } : null;
}
