import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Console output that is known and harmless, dropped by its exact words so that a new warning stands out:
 * WXT's fake browser has no `scripting` or `permissions` (the background's registration of added sites and of the
 * scholarly-page detector says so and carries on).
 */
const KNOWN_NOISE = [/Browser\.(?:scripting|permissions)\.\w+ not (?:implemented)\./];

export default defineConfig({
  test: {
    onConsoleLog: (log) => (KNOWN_NOISE.some((re) => re.test(log)) ? false : undefined),
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
          // A few tests parse 3,400-author pages: on a busy machine they pass the 5 s default without being slow code.
          testTimeout: 20_000,
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
