import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whatever the working directory (dev stand-ins, scripts and tests all read from it). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared, read-only fixtures: `../shared/fixtures` beside the clone, or `PEERLENS_FIXTURES`. */
export function fixturesRoot(): string {
  const root = process.env.PEERLENS_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures');
  if (!existsSync(root)) throw new Error(`Fixtures not found at ${root}: clone ../shared beside the repository or set PEERLENS_FIXTURES.`);
  return root;
}

/** A path inside the shared fixtures. */
export function fixture(...parts: string[]): string {
  return join(fixturesRoot(), ...parts);
}
