/**
 * The title path (a paper the page names only by its title): among OpenAlex's title-search results,
 * the one work whose normalised title equals the page's, in a compatible year, whose first author is
 * compatible with the page's first author. Anything less certain (no such work, or two) is no match:
 * the paper's authors are then left to the name path, never given someone else's record.
 */
import { normalizeTitle } from '../../lib/api/resolve';
import { nameCompatibility } from '../../lib/names';
import type { OpenAlexWork } from '../upstream/openalex-schemas';

export interface TitleQuery {
  title: string;
  year?: number | undefined;
  /** The page's first author, as shown. */
  firstAuthor?: string | undefined;
}

/** Same surname, given names agreeing at least as initials (nameCompatibility's ~0.85 tier). */
const FIRST_AUTHOR_MIN = 0.85;

export function pickWorkByTitle(works: readonly OpenAlexWork[], query: TitleQuery): OpenAlexWork | null {
  const wanted = normalizeTitle(query.title);
  if (!wanted) return null;
  const matches = works.filter((work) => {
    const title = work.title ?? work.display_name;
    if (!title || normalizeTitle(title) !== wanted) return false;
    if (query.year !== undefined && work.publication_year !== null && Math.abs(work.publication_year - query.year) > 1) return false;
    return query.firstAuthor === undefined || firstAuthorCompatible(work, query.firstAuthor);
  });
  const distinct = [...new Map(matches.map((w) => [w.id, w])).values()];
  return distinct.length === 1 ? distinct[0]! : null;
}

function firstAuthorCompatible(work: OpenAlexWork, name: string): boolean {
  const first = work.authorships.find((a) => a.author_position === 'first') ?? work.authorships[0];
  if (!first) return false;
  return [first.raw_author_name, first.author.display_name].some((n) => typeof n === 'string' && nameCompatibility(name, n) >= FIRST_AUTHOR_MIN);
}
