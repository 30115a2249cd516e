import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, bundleBudget, measureBundles } from '../../scripts/bundle-budget';

describe('content-script budget (DESIGN.md: under 30 KB gzipped)', () => {
  it('passes scripts under the budget and names the one over it', () => {
    const ok = bundleBudget([{ file: 'arxiv.js', bytes: 58_700, gzipBytes: 19_300 }]);
    expect(ok.within).toBe(true);
    expect(ok.verdicts[0]!.line).toBe('arxiv.js: 57.3 KB, 18.8 KB gzipped (budget 30.0 KB)');

    const over = bundleBudget([
      { file: 'arxiv.js', bytes: 58_700, gzipBytes: 19_300 },
      { file: 'publisher.js', bytes: 97_346, gzipBytes: 33_588 },
    ]);
    expect(over.within).toBe(false);
    expect(over.verdicts.map((v) => v.within)).toEqual([true, false]);
    expect(over.verdicts[1]!.line).toContain('OVER');
  });

  it('the budget is a strict bound, and an empty build is an error rather than a pass', () => {
    expect(CONTENT_SCRIPT_BUDGET_BYTES).toBe(30 * 1024);
    expect(bundleBudget([{ file: 'a.js', bytes: 1, gzipBytes: CONTENT_SCRIPT_BUDGET_BYTES }]).within).toBe(false);
    expect(bundleBudget([{ file: 'a.js', bytes: 1, gzipBytes: CONTENT_SCRIPT_BUDGET_BYTES - 1 }]).within).toBe(true);
    expect(() => bundleBudget([])).toThrow(/is the extension built/);
  });

  it('measures the .js files of content-scripts/ with gzip -9', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peerlens-budget-'));
    try {
      mkdirSync(join(dir, 'content-scripts'));
      writeFileSync(join(dir, 'content-scripts', 'b.js'), 'x'.repeat(10_000));
      writeFileSync(join(dir, 'content-scripts', 'a.js'), 'var a=1;');
      writeFileSync(join(dir, 'content-scripts', 'a.css'), 'p{}');
      const sizes = measureBundles(dir);
      expect(sizes.map((s) => [s.file, s.bytes])).toEqual([['a.js', 8], ['b.js', 10_000]]);
      expect(sizes[1]!.gzipBytes).toBeLessThan(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
