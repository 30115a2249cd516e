import type { ResearcherSummary } from '../../lib/api/researcher';
import type { Db } from '../db/client';
import { getBuiltProfiles, getResearchers } from '../db/researchers-store';
import { getWorksOfAuthors } from '../db/works-store';
import { buildSummary } from './snapshot';
import { loadStandings } from './standing';

/**
 * Badge summaries of the records among `ids` the service already holds (with owners, disputes and followers), as
 * a badge would show them; ids it never stored are absent. Search, follows and the record actions all answer these.
 */
export async function storedSummaries(db: Db, ids: string[], now: Date): Promise<Map<string, ResearcherSummary>> {
  const summaries = new Map<string, ResearcherSummary>();
  if (ids.length === 0) return summaries;
  const [records, works, built] = await Promise.all([getResearchers(db, ids), getWorksOfAuthors(db, ids), getBuiltProfiles(db, ids)]);
  const standings = await loadStandings(db, ids, works);
  for (const [id, stored] of records) {
    summaries.set(
      id,
      buildSummary({ authorId: id, record: stored.value, storedWorks: works.get(id) ?? [], pageOrcid: null, now, profileBuilt: built.has(id), standing: standings.get(id) }),
    );
  }
  return summaries;
}
