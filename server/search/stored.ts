import { eq, ilike, or, sql } from 'drizzle-orm';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { parseName } from '../../lib/names';
import type { Db } from '../db/client';
import { researchers } from '../db/schema';
import { loadStandings } from '../trust/standing';
import { buildSummary } from '../trust/snapshot';
import { getBuiltProfiles, getResearchers, getWorksOfAuthors } from '../db/works-store';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';

const STORED_MATCHES = 50;

/** Stored records whose display name or other names contain the query's longest word (ranked by the caller). */
export async function storedByName(db: Db, name: string): Promise<OpenAlexAuthor[]> {
  const words = name.split(/[\s,.]+/).filter((w) => parseName(w).tokens.length > 0);
  const word = words.sort((a, b) => b.length - a.length)[0];
  if (!word || word.length < 2) return [];
  const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await db
    .select({ record: researchers.record })
    .from(researchers)
    .where(or(ilike(researchers.displayName, pattern), sql`(${researchers.record}->'display_name_alternatives')::text ilike ${pattern}`))
    .limit(STORED_MATCHES);
  return rows.map((r) => r.record);
}

export async function storedByOrcid(db: Db, orcid: string): Promise<OpenAlexAuthor[]> {
  const rows = await db.select({ record: researchers.record }).from(researchers).where(eq(researchers.orcid, orcid)).limit(10);
  return rows.map((r) => r.record);
}

/** Snapshots of the researchers among `ids` the service already holds, as a badge would show them. */
export async function storedSummaries(db: Db, ids: string[], now: Date): Promise<Map<string, ResearcherSummary>> {
  const [records, works, built] = await Promise.all([getResearchers(db, ids), getWorksOfAuthors(db, ids), getBuiltProfiles(db, ids)]);
  const standings = await loadStandings(db, ids, works);
  const summaries = new Map<string, ResearcherSummary>();
  for (const [id, stored] of records) {
    summaries.set(
      id,
      buildSummary({ authorId: id, record: stored.value, storedWorks: works.get(id) ?? [], pageOrcid: null, now, profileBuilt: built.has(id), standing: standings.get(id) }),
    );
  }
  return summaries;
}
