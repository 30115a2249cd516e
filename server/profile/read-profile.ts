import type { Collaborator, ResearcherProfile } from '../../lib/api/profile';
import { isPersonName } from '../../lib/names/noise';
import { loadStandings } from '../trust/standing';
import type { Db } from '../db/client';
import { isFresh, type Freshness } from '../resolve/freshness';
import { buildSnapshot, buildSummary } from '../trust/snapshot';
import { getWorksOfAuthors } from '../db/works-store';
import { getBuiltProfiles, getResearchers, type StoredProfileState } from '../db/researchers-store';
import { coAuthorNetwork } from '../trust/network';
import { institutionsOf, otherNamesOf, topicsOf } from './profile-parts';
import { readWorksPage, type WorksPageQuery } from './works-page';

/**
 * The profile as the database holds it; no upstream call. Every number comes from the same stored record and
 * works as the badge's snapshot, so the card and the profile agree.
 */
export async function readProfile(
  db: Db,
  id: string,
  state: StoredProfileState,
  opts: { works: WorksPageQuery; now: Date; freshness: Freshness; mergedFrom: string | null },
): Promise<ResearcherProfile> {
  const { record, builtAt } = state;
  const storedWorks = (await getWorksOfAuthors(db, [id])).get(id) ?? [];
  const network = coAuthorNetwork(id, storedWorks);
  const [collaboratorRecords, collaboratorWorks, builtProfiles, works] = await Promise.all([
    getResearchers(db, network.close),
    getWorksOfAuthors(db, network.close),
    getBuiltProfiles(db, network.close),
    readWorksPage(db, id, opts.works),
  ]);
  // Owners, disputes and followers (PeerLens users' part of the score) of the record and its collaborators.
  const standings = await loadStandings(db, [id, ...network.close], new Map([[id, storedWorks], ...collaboratorWorks]));

  const { summary, breakdown } = buildSnapshot({
    authorId: id,
    record,
    storedWorks,
    pageOrcid: null,
    now: opts.now,
    profileBuilt: builtAt !== null,
    standing: standings.get(id),
  });

  // A collaborator OpenAlex no longer has a record for is counted but cannot be shown with a summary; a
  // record whose name is not a person's (a mis-split "Downward and Mearman Tony Lawson") is not listed.
  const collaborators: Collaborator[] = network.close.flatMap((cid) => {
    const stored = collaboratorRecords.get(cid);
    if (!stored || !isPersonName(stored.value.display_name)) return [];
    const collaborator = buildSummary({
      authorId: cid,
      record: stored.value,
      storedWorks: collaboratorWorks.get(cid) ?? [],
      pageOrcid: null,
      now: opts.now,
      profileBuilt: builtProfiles.has(cid),
      standing: standings.get(cid),
    });
    return [{ summary: collaborator, sharedWorks: network.shared.get(cid) ?? 0 }];
  });

  const builtAtOrNow = builtAt ?? opts.now;
  return {
    summary,
    otherNames: otherNamesOf(record),
    openAlexUrl: `https://openalex.org/${id}`,
    breakdown,
    topics: topicsOf(record),
    collaborators,
    institutions: institutionsOf(record),
    // The header counts the record's works; the list says how many of them it holds and pages on (`/works`).
    works: { ...works, recordCount: record.works_count },
    builtAt: builtAtOrNow.toISOString(),
    stale: builtAt === null || !isFresh(builtAt, opts.freshness.recordMs, opts.now),
    mergedFrom: opts.mergedFrom,
  };
}
