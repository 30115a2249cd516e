import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whatever the working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared, read-only fixtures: `../shared/fixtures` beside the clone (as on CI), or `PEERLENS_FIXTURES`.
 */
export const fixturesDir = process.env.PEERLENS_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures');

if (!existsSync(fixturesDir)) {
  throw new Error(`Fixtures not found at ${fixturesDir}: clone ../shared beside the repository or set PEERLENS_FIXTURES.`);
}

export function fixture(...parts: string[]): string {
  return join(fixturesDir, ...parts);
}
