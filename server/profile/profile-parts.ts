import type { InstitutionSpan, ProfileTopic } from '../../lib/api/profile';
import { distinctOtherNames } from '../../lib/names/noise';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';

const OPENALEX_PREFIX = /^https?:\/\/openalex\.org\//i;
const shortId = (id: string) => id.replace(OPENALEX_PREFIX, '');

/** The record's topics, largest first, each with the share of the researcher's works it covers. */
export function topicsOf(record: OpenAlexAuthor): ProfileTopic[] {
  const works = Math.max(1, record.works_count);
  return record.topics
    .filter((t): t is typeof t & { id: string; display_name: string } => t.id !== null && t.display_name !== null)
    .sort((a, b) => b.count - a.count)
    .map((t) => ({ id: shortId(t.id), name: t.display_name, field: t.field?.display_name ?? null, share: Math.min(1, t.count / works) }));
}

/** Institutions over time from OpenAlex's affiliations, most recent first. */
export function institutionsOf(record: OpenAlexAuthor): InstitutionSpan[] {
  // Records stored before affiliations were read have none; they come with the next rebuild.
  const affiliations = record.affiliations ?? [];
  return affiliations
    .filter((a) => a.institution.id !== null && a.institution.display_name !== null)
    .map((a) => ({
      id: shortId(a.institution.id!),
      name: a.institution.display_name!,
      ror: a.institution.ror,
      country: a.institution.country_code,
      years: [...new Set(a.years)].sort((x, y) => x - y),
    }))
    .sort((a, b) => (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0) || a.name.localeCompare(b.name));
}

/**
 * Other spellings OpenAlex has seen, without the display name itself, its reorderings ("Priem Jason") or
 * strings that are not one person's name (lib/names/noise.ts).
 */
export function otherNamesOf(record: OpenAlexAuthor): string[] {
  return distinctOtherNames(record.display_name, record.display_name_alternatives);
}
