/**
 * DESIGN.md "Budgets": each content script under 30 KB gzipped. `bundleBudget` judges measured sizes
 * (pure, unit-tested); `measureBundles` reads a build's content scripts (gzip -9, as the budget is
 * quoted). scripts/bench.ts prints the table; tests/e2e/budget.spec.ts fails a build that is over.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET_BYTES = 30 * 1024;

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleVerdict extends BundleSize {
  budgetBytes: number;
  within: boolean;
  line: string;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function bundleBudget(sizes: readonly BundleSize[], budgetBytes = CONTENT_SCRIPT_BUDGET_BYTES): { within: boolean; verdicts: BundleVerdict[] } {
  if (sizes.length === 0) throw new Error('no content scripts to measure: is the extension built?');
  const verdicts = sizes.map((s) => {
    const within = s.gzipBytes < budgetBytes;
    const line = `${s.file}: ${kb(s.bytes)} KB, ${kb(s.gzipBytes)} KB gzipped (budget ${kb(budgetBytes)} KB${within ? '' : ', OVER'})`;
    return { ...s, budgetBytes, within, line };
  });
  return { within: verdicts.every((v) => v.within), verdicts };
}

/** The `.js` files of `<extensionDir>/content-scripts`. */
export function measureBundles(extensionDir: string): BundleSize[] {
  const dir = join(extensionDir, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file));
      return { file, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
    });
}

/** Every `.js` file of a build, by path (chunk hashes dropped, so two builds line up), for the bench's table. */
export function measureAllBundles(extensionDir: string): BundleSize[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
  return walk(extensionDir)
    .map((path) => {
      const raw = readFileSync(path);
      const file = path.slice(extensionDir.length + 1).replace(/^(chunks\/.+)-[\w-]{8}\.js$/, '$1.js');
      return { file, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
