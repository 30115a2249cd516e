import { and, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { toOpenAlexAuthorId, toOrcid } from '../../lib/api/ids';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import type { Db } from './client';
import { researcherAliases, researchers } from './schema';
import { fromExcluded } from './upsert';
import type { Stored } from './works-store';

/** Author records (OpenAlex's, as stored), whether their profile was built, and the ids OpenAlex merged. */

export async function getResearchers(db: Db, ids: string[]): Promise<Map<string, Stored<OpenAlexAuthor>>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: researchers.id, record: researchers.record, fetchedAt: researchers.fetchedAt })
    .from(researchers)
    .where(inArray(researchers.id, ids));
  return new Map(rows.map((r) => [r.id, { value: r.record, fetchedAt: r.fetchedAt }]));
}

export async function putResearchers(db: Db, records: OpenAlexAuthor[], now: Date): Promise<void> {
  for (let i = 0; i < records.length; i += 200) {
    const rows = records.slice(i, i + 200).map((r) => ({
      id: toOpenAlexAuthorId(r.id) ?? r.id,
      displayName: r.display_name,
      orcid: toOrcid(r.orcid),
      worksCount: r.works_count,
      citedByCount: r.cited_by_count,
      record: r,
      fetchedAt: now,
    }));
    await db
      .insert(researchers)
      .values(rows)
      .onConflictDoUpdate({
        target: researchers.id,
        set: fromExcluded(researchers, ['displayName', 'orcid', 'worksCount', 'citedByCount', 'record', 'fetchedAt']),
      });
  }
}

/** Ids among `ids` whose full profile (newest works loaded) has been built. */
export async function getBuiltProfiles(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: researchers.id })
    .from(researchers)
    .where(and(inArray(researchers.id, ids), isNotNull(researchers.profileBuiltAt)));
  return new Set(rows.map((r) => r.id));
}

export interface StoredProfileState {
  record: OpenAlexAuthor;
  /** Null while only the record is known (it was met as someone's co-author or on a page). */
  builtAt: Date | null;
}

/** The stored record and when its full profile was built. */
export async function getProfileState(db: Db, id: string): Promise<StoredProfileState | null> {
  const [row] = await db
    .select({ record: researchers.record, builtAt: researchers.profileBuiltAt })
    .from(researchers)
    .where(eq(researchers.id, id));
  return row ?? null;
}

export async function markProfileBuilt(db: Db, id: string, now: Date): Promise<void> {
  await db.update(researchers).set({ profileBuiltAt: now }).where(eq(researchers.id, id));
}

/** Records whose display name or other names contain `word` (as typed: `%` and `_` match themselves). */
export async function findResearchersByName(db: Db, word: string, limit: number): Promise<OpenAlexAuthor[]> {
  const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await db
    .select({ record: researchers.record })
    .from(researchers)
    .where(or(ilike(researchers.displayName, pattern), sql`(${researchers.record}->'display_name_alternatives')::text ilike ${pattern}`))
    .limit(limit);
  return rows.map((r) => r.record);
}

export async function findResearchersByOrcid(db: Db, orcid: string, limit: number): Promise<OpenAlexAuthor[]> {
  const rows = await db.select({ record: researchers.record }).from(researchers).where(eq(researchers.orcid, orcid)).limit(limit);
  return rows.map((r) => r.record);
}

/** The id OpenAlex merged `id` into, if it told us so before. */
export async function getAlias(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ mergedInto: researcherAliases.mergedInto }).from(researcherAliases).where(eq(researcherAliases.id, id));
  return row?.mergedInto ?? null;
}

export async function putAlias(db: Db, id: string, mergedInto: string, now: Date): Promise<void> {
  await db
    .insert(researcherAliases)
    .values({ id, mergedInto, seenAt: now })
    .onConflictDoUpdate({ target: researcherAliases.id, set: { mergedInto, seenAt: now } });
}
