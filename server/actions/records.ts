import { and, eq, isNotNull } from 'drizzle-orm';
import type { ResearcherSummary } from '../../lib/api/researcher';
import type { Db } from '../db/client';
import { workAuthors, works } from '../db/schema';
import { buildSummary } from '../trust/snapshot';
import { getBuiltProfiles, getResearchers, getWorksOfAuthors, putResearchers } from '../db/works-store';
import type { OpenAlexClient } from '../upstream/openalex';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import { loadStandings } from '../trust/standing';

export type RecordLookup = { found: true; record: OpenAlexAuthor } | { found: false; unavailable: boolean };

/** A researcher record from the database, else from OpenAlex (then stored): actions only apply to real records. */
export async function findResearcher(deps: { db: Db; openalex: OpenAlexClient; now: () => Date }, id: string): Promise<RecordLookup> {
  const stored = (await getResearchers(deps.db, [id])).get(id);
  if (stored) return { found: true, record: stored.value };
  const fetched = (await deps.openalex.getAuthors([id])).get(id);
  if (fetched === undefined) return { found: false, unavailable: false };
  if (fetched instanceof Error) return { found: false, unavailable: true };
  await putResearchers(deps.db, [fetched], deps.now());
  return { found: true, record: fetched };
}

/** DOIs of the record's works that PeerLens has stored (met on pages, or the newest 200 once its profile is built). */
export async function storedDoisOf(db: Db, id: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ doi: works.doi })
    .from(workAuthors)
    .innerJoin(works, eq(works.id, workAuthors.workId))
    .where(and(eq(workAuthors.authorId, id), isNotNull(works.doi)));
  return new Set(rows.map((r) => r.doi).filter((d): d is string => d !== null));
}

/** Badge summaries of stored records (with owners, disputes and followers); ids the service never stored are absent. */
export async function summariesOf(db: Db, ids: string[], now: Date): Promise<Map<string, ResearcherSummary>> {
  const out = new Map<string, ResearcherSummary>();
  if (ids.length === 0) return out;
  const [records, storedWorks, built] = await Promise.all([getResearchers(db, ids), getWorksOfAuthors(db, ids), getBuiltProfiles(db, ids)]);
  const standings = await loadStandings(db, ids, storedWorks);
  for (const [id, record] of records) {
    out.set(
      id,
      buildSummary({
        authorId: id,
        record: record.value,
        storedWorks: storedWorks.get(id) ?? [],
        pageOrcid: null,
        now,
        profileBuilt: built.has(id),
        ...(standings.has(id) ? { standing: standings.get(id)! } : {}),
      }),
    );
  }
  return out;
}
