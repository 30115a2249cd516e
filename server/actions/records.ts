import type { Db } from '../db/client';
import { getResearchers, putResearchers } from '../db/researchers-store';
import type { OpenAlexClient } from '../upstream/openalex';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';

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
