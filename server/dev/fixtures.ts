import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared, read-only fixtures: `../shared/fixtures` beside the clone, or `PEERLENS_FIXTURES`. */
export function fixturesRoot(): string {
  const root = process.env.PEERLENS_FIXTURES ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '..', 'shared', 'fixtures');
  if (!existsSync(root)) throw new Error(`Fixtures not found at ${root}: clone ../shared beside the repository or set PEERLENS_FIXTURES.`);
  return root;
}
