import { defineConfig } from '@playwright/test';

// One Chromium with the built extension per worker; the suite shares one local service per worker.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/summary/playwright.json' }]],
  globalSetup: './tests/e2e/support/global-setup.ts',
});
