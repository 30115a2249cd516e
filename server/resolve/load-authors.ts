import type { Db } from '../db/client';
import { type Deadline, PastDeadline } from './deadline';
import type { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient, Schedule } from '../upstream/openalex';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import { isFresh, type Freshness } from './freshness';
import { getResearchers, putResearchers } from '../db/researchers-store';

/** Record, the upstream failure that kept us from it (or the deadline), or null when OpenAlex does not know the id. */
export type LoadedAuthor = OpenAlexAuthor | UpstreamError | PastDeadline | null;

/**
 * Author records from the database when fresh, the rest from OpenAlex in batches of up to 100 (stored with
 * their fetch time). When OpenAlex fails, a stale stored record is better than none and is served.
 */
export async function loadAuthors(
  ids: string[],
  ctx: { db: Db; openalex: OpenAlexClient; schedule: Schedule; freshness: Freshness; now: Date; deadline?: Deadline },
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

  // Fetched records are stored even when the deadline has passed, so that the client's next try finds them.
  const fetching = ctx.openalex.getAuthors(missing, ctx.schedule).then(async (fetched) => {
    const fresh = missing.map((id) => fetched.get(id)).filter((got): got is OpenAlexAuthor => got !== undefined && !(got instanceof Error));
    await putResearchers(ctx.db, fresh, ctx.now);
    return fetched;
  });
  const fetched = ctx.deadline ? await ctx.deadline.race(fetching) : await fetching;
  for (const id of missing) {
    const got = fetched instanceof PastDeadline ? fetched : fetched.get(id);
    if (got === undefined) loaded.set(id, null);
    else if (got instanceof Error) loaded.set(id, stored.get(id)?.value ?? got);
    else loaded.set(id, got);
  }
  return loaded;
}
