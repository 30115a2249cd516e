import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../../server/dev/throwaway-postgres';

/**
 * Global set-up of the `server-postgres` project: a throwaway PostgreSQL 15 server (Debian's `postgresql`,
 * fsync off, socket in /tmp) for the whole run; the service tests then give each test file its own database
 * (tests/server/support/db.ts). Missing binaries fail the project loudly: a silently skipped suite would
 * report green without ever touching Postgres. `.ci/run` installs them.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the throwaway server (database `postgres`); unset in the PGlite project. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return async () => server.stop();
}
