import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same service suite on a real PostgreSQL 15 server (started by the global set-up; fails if missing).
        test: {
          name: 'server-postgres',
          include: ['tests/server/**/*.test.ts'],
          // Starts its own PostgreSQL (and PGlite) service processes: running it here too would only repeat it.
          exclude: ['tests/server/database-faults.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/support/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
