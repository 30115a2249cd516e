import type { AuthDeps } from '../auth/deps';
import type { Db } from '../db/client';
import type { OpenAlexClient } from '../upstream/openalex';

/** What the sign-in and action routes need from the app (a subset of `AppDeps`). */
export interface ActionDeps {
  db: Db;
  openalex: OpenAlexClient;
  now: () => Date;
  auth?: AuthDeps | undefined;
}
