import type { Db } from '../db/client';
import { DEFAULT_FRESHNESS, isFresh, type Freshness } from '../resolve/freshness';
import { createLimit } from '../resolve/limit';
import { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient } from '../upstream/openalex';
import { getAlias } from '../db/researchers-store';
import { buildProfile, type BuildContext } from './build-profile';
import type { ProfileBuilds } from './builds';
import { getProfileState, type StoredProfileState } from '../db/researchers-store';

export interface ProfileDeps {
  db: Db;
  openalex: OpenAlexClient;
  now: () => Date;
  freshness?: Freshness;
  upstreamConcurrency?: number;
  builds: ProfileBuilds;
}

export type ProfileLocation =
  | { kind: 'found'; id: string; mergedFrom: string | null; state: StoredProfileState }
  | { kind: 'not-found' }
  | { kind: 'upstream'; error: UpstreamError };

/**
 * Finds the stored profile for an author id, building it when needed. Fresh: no upstream call at all. Stale:
 * served as it is while one rebuild runs in the background. Never built: built now (a request arriving during
 * that build waits for it). Merged ids are followed through the aliases OpenAlex's merges left behind.
 */
export async function locateProfile(askedId: string, deps: ProfileDeps): Promise<ProfileLocation> {
  const freshness = deps.freshness ?? DEFAULT_FRESHNESS;
  const alias = await getAlias(deps.db, askedId);
  const id = alias ?? askedId;
  const mergedFrom = alias ? askedId : null;
  const context = (): BuildContext => ({
    db: deps.db,
    openalex: deps.openalex,
    schedule: createLimit(deps.upstreamConcurrency ?? 4),
    freshness,
    now: deps.now(),
  });

  const state = await getProfileState(deps.db, id);
  if (state?.builtAt) {
    if (!isFresh(state.builtAt, freshness.recordMs, deps.now())) deps.builds.inBackground(id, () => buildProfile(id, context()));
    return { kind: 'found', id, mergedFrom, state };
  }

  try {
    const built = await deps.builds.run(id, () => buildProfile(id, context()));
    if (!built) return { kind: 'not-found' };
    const fresh = await getProfileState(deps.db, built.id);
    if (!fresh) return { kind: 'not-found' };
    return { kind: 'found', id: built.id, mergedFrom: built.mergedFrom ?? mergedFrom, state: fresh };
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    // OpenAlex is failing: a record met earlier (as a co-author, on a page) is better than nothing, marked stale.
    if (state) return { kind: 'found', id, mergedFrom, state };
    return { kind: 'upstream', error };
  }
}
