import type { TrustProxy } from '../auth/client-address';
import type { AuthDeps } from '../auth/deps';
import type { Db } from '../db/client';
import type { OpenAlexClient } from '../upstream/openalex';

/** What the sign-in and action routes need from the app (a subset of `AppDeps`). */
export interface ActionDeps {
  db: Db;
  openalex: OpenAlexClient;
  now: () => Date;
  auth?: AuthDeps | undefined;
  /** TRUST_PROXY: whose X-Forwarded-For names the client for per-address limits; null → the socket address. */
  trustProxy?: TrustProxy | null | undefined;
}
