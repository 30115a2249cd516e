import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout is the architecture (docs/architecture.md, "Where code runs"): a file's folder says which
 * context runs it, and imports may only go the ways that context allows. This test reads every import of
 * the repository's source (static, dynamic and type-only) and fails on one that crosses the wrong way,
 * so the map stays true without anyone remembering it.
 */

const ROOT = join(__dirname, '..', '..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'server', 'scripts', 'tests'];
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

/** The context a repository path belongs to, by its folder. */
export function contextOf(path: string): string {
  const [top, second = ''] = path.split('/');
  if (top === 'entrypoints') {
    if (second === 'background' || second.startsWith('background.')) return 'background';
    if (second === 'content' || second.endsWith('.content') || second.startsWith('scholarly-detector')) return 'content';
    if (second === 'card' || second.startsWith('card.')) return 'card';
    return `page:${second.replace(/\.[^.]+$/, '').replace(/\/.*$/, '')}`;
  }
  if (top === 'server') return second === 'dev' ? 'server-dev' : 'server';
  if (top === 'lib' || top === 'components' || top === 'scripts' || top === 'tests') return top;
  return 'other';
}

/** Why an import from `from` to `to` (repository paths) is not allowed, or null when it is. */
export function boundaryViolation(from: string, to: string): string | null {
  const source = contextOf(from);
  const target = contextOf(to);
  if (target === 'tests' && source !== 'tests') return 'only tests import tests/';
  if (source === 'tests' || source === 'scripts' || source === 'other') return null;
  if (source === 'lib' && !to.startsWith('lib/')) return 'lib/ holds what several contexts share: it imports nothing from the contexts';
  if (source === 'server' || source === 'server-dev') {
    if (to.startsWith('server/')) return source === 'server' && target === 'server-dev' ? 'production server code does not import server/dev' : null;
    if (to.startsWith('lib/api/') || to.startsWith('lib/names/')) return null;
    // The dev service serves the saved pages each site file names.
    if (source === 'server-dev' && (to.startsWith('lib/sites/') || to.startsWith('lib/detect/'))) return null;
    return 'the service imports only the wire contract (lib/api) and names (lib/names) from the extension';
  }
  // Extension contexts from here on.
  if (to.startsWith('server/') || to.startsWith('scripts/')) return 'extension code does not import the service or scripts';
  if (target === 'lib') return null;
  if (target === 'components') {
    if (source === 'content') return 'content scripts do not import components/ (the card is its own entrypoint, loaded on demand)';
    if (source === 'background') return 'the background has no views';
    return null;
  }
  if (source === target) return null; // pages keep their own code; another page's is another context
  if (source === 'card' && target === 'content') return null; // the card runs inside the content script's world
  return `${source} code does not import ${target} code`;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'fixtures' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (EXTENSIONS.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const IMPORT = /(?:^|[^.\w])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(fromFile: string, spec: string, known: Set<string>): string | null {
  let base: string;
  if (spec.startsWith('.')) base = join(dirname(fromFile), spec);
  else if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(ROOT, spec.slice(2));
  else return null; // a package
  const rel = relative(ROOT, base).split(sep).join('/');
  const candidates = [rel, ...EXTENSIONS.map((e) => rel.replace(/\.js$/, '') + e), ...EXTENSIONS.map((e) => `${rel}/index${e}`)];
  return candidates.find((c) => known.has(c)) ?? rel;
}

function repositoryImports(): Array<{ from: string; to: string }> {
  const files = SOURCE_DIRS.flatMap((d) => listSources(join(ROOT, d)));
  const known = new Set(files.map((f) => relative(ROOT, f).split(sep).join('/')));
  const edges: Array<{ from: string; to: string }> = [];
  for (const file of files) {
    const from = relative(ROOT, file).split(sep).join('/');
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = resolveImport(file, (m[1] ?? m[2])!, known);
      if (to) edges.push({ from, to });
    }
  }
  return edges;
}

describe('import boundaries (who may import whom)', () => {
  it('no source file imports across a context boundary the wrong way', () => {
    const edges = repositoryImports();
    expect(edges.length).toBeGreaterThan(500);
    const wrong = edges.flatMap(({ from, to }) => {
      const why = boundaryViolation(from, to);
      return why ? [`${from} → ${to}: ${why}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('lib/ holds only what several contexts run (the background, content scripts, the card, each page, the service)', () => {
    const edges = repositoryImports();
    const deps = new Map<string, string[]>();
    for (const { from, to } of edges) deps.set(from, [...(deps.get(from) ?? []), to]);
    const runners = new Map<string, Set<string>>();
    // Every entrypoint and every service file starts a walk; each extension page is a context of its own.
    const roots = [...deps.keys()].filter((f) => f.startsWith('entrypoints/') || f.startsWith('server/'));
    for (const root of roots) {
      const context = contextOf(root);
      const seen = new Set<string>();
      const stack = [root];
      while (stack.length > 0) {
        const file = stack.pop()!;
        if (seen.has(file)) continue;
        seen.add(file);
        if (file.startsWith('lib/')) runners.set(file, (runners.get(file) ?? new Set()).add(context));
        stack.push(...(deps.get(file) ?? []));
      }
    }
    // The exceptions DESIGN.md names: the wire contract (lib/api, one side may only read it), the site table
    // and the pure adapters (lib/sites, lib/detect: read by the content scripts, the dev page server and tests).
    const exempt = (file: string) => ['lib/api/', 'lib/sites/', 'lib/detect/'].some((p) => file.startsWith(p));
    const single = [...runners].filter(([file, contexts]) => contexts.size < 2 && !exempt(file)).map(([file, contexts]) => `${file}: only ${[...contexts].join('')}`);
    const unused = [...deps.keys()].filter((f) => f.startsWith('lib/') && !runners.has(f)).map((f) => `${f}: run by nothing`);
    expect([...single, ...unused].sort()).toEqual([]);
  });

  it('refuses each kind of wrong import (the rules themselves)', () => {
    const cases: Array<[string, string]> = [
      ['entrypoints/publisher.content/index.ts', 'entrypoints/background/router.ts'],
      ['entrypoints/content/controller.ts', 'components/ResearcherSnapshot.tsx'],
      ['entrypoints/card/index.ts', 'entrypoints/background/resolver/resolver.ts'],
      ['entrypoints/popup/main.tsx', 'entrypoints/background/index.ts'],
      ['components/popup/PopupApp.tsx', 'entrypoints/background/actions/run-action.ts'],
      ['server/resolve/resolve-papers.ts', 'lib/protocol.ts'],
      ['server/routes/resolve.ts', 'server/dev/openalex-replay.ts'],
      ['scripts/bench.ts', 'tests/support/saved-pages.ts'],
      ['server/dev/service.ts', 'tests/server/support/papers.ts'],
      ['lib/protocol.ts', 'entrypoints/background/router.ts'],
      ['lib/sites/plos.ts', 'components/TrustLine.tsx'],
      ['entrypoints/background/index.ts', 'components/TrustLine.tsx'],
    ];
    for (const [from, to] of cases) expect(boundaryViolation(from, to), `${from} → ${to}`).not.toBeNull();
  });

  it('allows the imports the layout intends', () => {
    const cases: Array<[string, string]> = [
      ['entrypoints/publisher.content/index.ts', 'entrypoints/content/page-runner.ts'],
      ['entrypoints/publisher.content/index.ts', 'lib/sites/index.ts'],
      ['entrypoints/card/index.ts', 'components/ResearcherSnapshot.tsx'],
      ['entrypoints/card/card-popover.tsx', 'entrypoints/content/view.ts'],
      ['entrypoints/background/router.ts', 'lib/protocol.ts'],
      ['entrypoints/popup/main.tsx', 'components/popup/PopupApp.tsx'],
      ['server/resolve/resolve-papers.ts', 'lib/api/resolve.ts'],
      ['server/dev/saved-pages.ts', 'lib/sites/index.ts'],
      ['tests/unit/x.test.ts', 'entrypoints/background/router.ts'],
      ['scripts/bench.ts', 'server/dev/service.ts'],
    ];
    for (const [from, to] of cases) expect(boundaryViolation(from, to), `${from} → ${to}`).toBeNull();
  });
});
