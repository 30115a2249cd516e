import type { Db } from '../db/client';
import type { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient, Schedule } from '../upstream/openalex';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import { isFresh, type Freshness } from './freshness';
import { getResearchers, putResearchers } from './store';

/** Record, the upstream failure that kept us from it, or null when OpenAlex does not know the id. */
export type LoadedAuthor = OpenAlexAuthor | UpstreamError | null;

/**
 * Author records from the database when fresh, the rest from OpenAlex in batches of up to 100 (stored with
 * their fetch time). When OpenAlex fails, a stale stored record is better than none and is served.
 */
export async function loadAuthors(
  ids: string[],
  ctx: { db: Db; openalex: OpenAlexClient; schedule: Schedule; freshness: Freshness; now: Date },
): Promise<Map<string, LoadedAuthor>> {
  const stored = await getResearchers(ctx.db, ids);
  const loaded = new Map<string, LoadedAuthor>();
  const missing: string[] = [];
  for (const id of ids) {
    const s = stored.get(id);
    if (s && isFresh(s.fetchedAt, ctx.freshness.recordMs, ctx.now)) loaded.set(id, s.value);
    else missing.push(id);
  }
  if (missing.length === 0) return loaded;

  const fetched = await ctx.openalex.getAuthors(missing, ctx.schedule);
  const fresh: OpenAlexAuthor[] = [];
  for (const id of missing) {
    const got = fetched.get(id);
    if (got === undefined) loaded.set(id, null);
    else if (got instanceof Error) loaded.set(id, stored.get(id)?.value ?? got);
    else {
      loaded.set(id, got);
      fresh.push(got);
    }
  }
  await putResearchers(ctx.db, fresh, ctx.now);
  return loaded;
}
