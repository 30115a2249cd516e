import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixtures';

/**
 * The service's layout (issue 10): queries live in the stores under server/db/, which call nothing above them;
 * no import cycles; nothing outside tests/ imports tests/. Reads the import statements of the files themselves.
 */

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(repoRoot, dir))) {
    const path = join(dir, name);
    if (statSync(join(repoRoot, path)).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** Repository paths a file imports (relative specifiers only, type-only and dynamic imports included). */
function importsOf(file: string): string[] {
  const source = readFileSync(join(repoRoot, file), 'utf8');
  const targets: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.\.?\/[^'"]+)['"]/g)) {
    const base = normalize(join(dirname(file), m[1]!));
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((p) => existsSync(join(repoRoot, p)) && statSync(join(repoRoot, p)).isFile());
    targets.push(found ?? base);
  }
  return targets;
}

const serverFiles = filesUnder('server').filter((f) => !f.startsWith('server/db/migrations/'));
const LOGIC = ['server/resolve/', 'server/actions/', 'server/profile/', 'server/search/', 'server/trust/', 'server/routes/', 'server/auth/'];

describe('the service layout', () => {
  it('keeps every query in a store: only server/db/ imports the schema', () => {
    const offenders = serverFiles.filter((f) => !f.startsWith('server/db/') && importsOf(f).some((t) => t.startsWith('server/db/schema')));
    expect(offenders).toEqual([]);
  });

  it('keeps the stores free of logic: server/db/ imports no route, resolution, action, profile, search, trust or auth module', () => {
    const offenders = serverFiles
      .filter((f) => f.startsWith('server/db/'))
      .flatMap((f) => importsOf(f).filter((t) => LOGIC.some((l) => t.startsWith(l))).map((t) => `${f} → ${t}`));
    expect(offenders).toEqual([]);
  });

  it('has no import cycle among its files', () => {
    const graph = new Map(serverFiles.map((f) => [f, importsOf(f).filter((t) => t.startsWith('server/'))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('imports nothing from tests/, and neither do scripts/', () => {
    const offenders = [...serverFiles, ...filesUnder('scripts')].flatMap((f) =>
      importsOf(f)
        .filter((t) => relative('tests', t).split('/')[0] !== '..')
        .map((t) => `${f} → ${t}`),
    );
    expect(offenders).toEqual([]);
  });
});
