import type { TrustProxy } from './auth/client-address';
import type { AuthDeps } from './auth/deps';
import type { Db, DbKind } from './db/client';
import type { ProfileBuilds } from './profile/builds';
import type { ResolveAnswerCache } from './resolve/answer-cache';
import type { Freshness } from './resolve/freshness';
import type { SearchCache } from './search/search-cache';
import type { CrossrefClient } from './upstream/crossref';
import type { OpenAlexClient } from './upstream/openalex';
import type { SemanticScholarClient } from './upstream/semantic-scholar';

/** What the service's routes are given (`createApp`): one type for every route, each reads what it needs. */
export interface AppDeps {
  db: Db;
  dbKind: DbKind;
  openalex: OpenAlexClient;
  /** Resolving papers OpenAlex has not indexed yet (optional: without them, co-author evidence alone). */
  s2?: SemanticScholarClient | null;
  crossref?: CrossrefClient | null;
  /** Injected so tests can move time (freshness) without touching the clock. */
  now: () => Date;
  freshness?: Freshness;
  upstreamConcurrency?: number;
  /** A resolve request's overall deadline (resolve/deadline.ts). */
  deadlineMs?: number;
  maxBodyBytes?: number;
  /** ORCID sign-in and record API; without it sign-in answers 503 and claims cannot be decided. */
  auth?: AuthDeps;
  /** Profile builds in flight (one per id); passed in so the owner can wait for background rebuilds. */
  builds?: ProfileBuilds;
  searchCache?: SearchCache;
  /** TRUST_PROXY, parsed (auth/client-address.ts); null or absent → per-address limits key on the socket. */
  trustProxy?: TrustProxy | null;
  /** Stored papers' answers (resolve/answer-cache.ts); one per app unless passed in. */
  answers?: ResolveAnswerCache;
}
