import type { SearchCandidate } from '../../lib/api/profile';
import { toOpenAlexAuthorId } from '../../lib/api/ids';
import { nameCompatibility } from '../../lib/names';
import type { Db } from '../db/client';
import { getAlias } from '../db/researchers-store';
import { DEFAULT_FRESHNESS, isFresh, type Freshness } from '../resolve/freshness';
import { getResearchers } from '../db/researchers-store';
import { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient } from '../upstream/openalex';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import { candidateOf } from './candidate';
import type { SearchCache } from './search-cache';
import type { SearchQuery } from './search-query';
import { storedSummaries } from '../trust/stored-summaries';
import { storedByName, storedByOrcid } from './stored';

export interface SearchDeps {
  db: Db;
  openalex: OpenAlexClient;
  now: () => Date;
  freshness?: Freshness;
  searchCache: SearchCache;
}

const UPSTREAM_RESULTS = 10;
const MAX_CANDIDATES = 20;
/** Stored records must fit the typed name at least this well to join OpenAlex's own results. */
const STORED_NAME_MATCH = 0.6;

export type SearchOutcome = { kind: 'ok'; candidates: SearchCandidate[] } | { kind: 'upstream'; error: UpstreamError };

/**
 * Candidates for a search: OpenAlex's answer (cached briefly) merged with the records the service already
 * holds. Names rank by how well they fit the query, then by works; iDs and ids by works. When OpenAlex fails,
 * what the database knows is still answered.
 */
export async function searchResearchers(query: SearchQuery, deps: SearchDeps): Promise<SearchOutcome> {
  let upstream: OpenAlexAuthor[] = [];
  let failure: UpstreamError | null = null;
  try {
    upstream = await upstreamCandidates(query, deps);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    failure = error;
  }
  const stored = await storedCandidates(query, deps);
  if (failure && stored.length === 0) return { kind: 'upstream', error: failure };

  const byId = new Map<string, OpenAlexAuthor>();
  // Upstream first: when both have a record, OpenAlex's is the newer.
  for (const r of [...upstream, ...stored]) {
    const id = toOpenAlexAuthorId(r.id);
    if (id && !byId.has(id)) byId.set(id, r);
  }
  const fit = (r: OpenAlexAuthor) =>
    query.kind === 'name' ? Math.max(0, ...[r.display_name, ...r.display_name_alternatives].map((n) => nameCompatibility(query.name, n))) : 1;
  const ranked = [...byId.values()]
    .map((r) => ({ r, fit: fit(r) }))
    .sort((a, b) => b.fit - a.fit || b.r.works_count - a.r.works_count)
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.r);

  const summaries = await storedSummaries(deps.db, [...byId.keys()], deps.now());
  const candidates = ranked
    .map((r) => candidateOf(r, summaries.get(toOpenAlexAuthorId(r.id) ?? '') ?? null))
    .filter((c): c is SearchCandidate => c !== null);
  return { kind: 'ok', candidates };
}

function upstreamCandidates(query: SearchQuery, deps: SearchDeps): Promise<OpenAlexAuthor[]> {
  switch (query.kind) {
    case 'name':
      return deps.searchCache.get(`name:${query.name.toLowerCase()}`, () => deps.openalex.searchAuthors(query.name, UPSTREAM_RESULTS));
    case 'orcid':
      return deps.searchCache.get(`orcid:${query.orcid}`, () => deps.openalex.findAuthorsByOrcid(query.orcid));
    case 'openalex':
      return authorById(query.id, deps);
  }
}

/** An id already stored fresh costs no call; a merged id is followed to the record that replaced it. */
async function authorById(askedId: string, deps: SearchDeps): Promise<OpenAlexAuthor[]> {
  const id = (await getAlias(deps.db, askedId)) ?? askedId;
  const stored = (await getResearchers(deps.db, [id])).get(id);
  if (stored && isFresh(stored.fetchedAt, (deps.freshness ?? DEFAULT_FRESHNESS).recordMs, deps.now())) return [stored.value];
  return deps.searchCache.get(`openalex:${id}`, async () => {
    const record = await deps.openalex.getAuthor(id);
    return record ? [record] : [];
  });
}

async function storedCandidates(query: SearchQuery, deps: SearchDeps): Promise<OpenAlexAuthor[]> {
  switch (query.kind) {
    case 'name':
      return (await storedByName(deps.db, query.name)).filter((r) =>
        [r.display_name, ...r.display_name_alternatives].some((n) => nameCompatibility(query.name, n) >= STORED_NAME_MATCH),
      );
    case 'orcid':
      return storedByOrcid(deps.db, query.orcid);
    case 'openalex':
      return [];
  }
}
