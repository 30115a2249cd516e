import { toOpenAlexAuthorId } from '../../lib/api/ids';
import type { Db } from '../db/client';
import type { Freshness } from '../resolve/freshness';
import { loadAuthors } from '../resolve/load-authors';
import { getWorksOfAuthors, putWorks } from '../db/works-store';
import { markProfileBuilt, putAlias, putResearchers } from '../db/researchers-store';
import { coAuthorNetwork } from '../trust/network';
import { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient, Schedule } from '../upstream/openalex';

export interface BuildContext {
  db: Db;
  openalex: OpenAlexClient;
  schedule: Schedule;
  freshness: Freshness;
  now: Date;
}

/** Where the build ended up: the record's current id, and the id asked for when OpenAlex had merged it. */
export interface Built {
  id: string;
  mergedFrom: string | null;
}

/**
 * Builds a profile from OpenAlex and stores it: the author record, its newest works (up to 200) with their
 * authorships, and the records of its close collaborators (from the database when fresh, else in batches of
 * up to 100). Three calls for most researchers. Null when OpenAlex does not know the id; upstream failures
 * throw `UpstreamError`.
 */
export async function buildProfile(askedId: string, ctx: BuildContext): Promise<Built | null> {
  const record = await ctx.schedule(() => ctx.openalex.getAuthor(askedId));
  if (!record) return null;
  // OpenAlex follows a merge with a 301 (which fetch follows) or answers with the surviving record.
  const id = toOpenAlexAuthorId(record.id) ?? askedId;
  const mergedFrom = id === askedId ? null : askedId;

  const works = await ctx.schedule(() => ctx.openalex.getWorksOfAuthor(id));
  await putWorks(ctx.db, works, ctx.now);
  await putResearchers(ctx.db, [record], ctx.now);
  const stored = (await getWorksOfAuthors(ctx.db, [id])).get(id) ?? [];
  const { close } = coAuthorNetwork(id, stored);
  const collaborators = await loadAuthors(close, ctx);
  // A profile missing its collaborators is not marked built, so the next request tries again.
  const failure = [...collaborators.values()].find((c) => c instanceof UpstreamError);
  if (failure) throw failure;

  await markProfileBuilt(ctx.db, id, ctx.now);
  if (mergedFrom) await putAlias(ctx.db, mergedFrom, id, ctx.now);
  return { id, mergedFrom };
}
