/**
 * The site table's own checks (lib/sites/index.ts): every site file is in the table and has fixtures,
 * every fixture page belongs to a site, the generic adapter's list or the negatives; each site's selectors
 * are valid data that find its authors; and the background's patterns-only view carries no adapter code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/detect/generic';
import { matchesPattern } from '../../lib/detect/url-match';
import type { SiteAdapter, SiteInfo, SiteSelectors } from '../../lib/detect/types';
import { PUBLISHER_ADAPTERS, SITES } from '../../lib/sites';
import { ALL_ADAPTERS, SITE_FIXTURES } from '../../lib/sites/fixtures';
import type { SiteFixture } from '../../lib/sites/site';
import { repoRoot } from '../support/fixtures';
import { GENERIC_PAGES, NEGATIVE_PAGES, SAVED_PAGES, readPage } from '../support/saved-pages';

interface SiteModule {
  site?: SiteInfo;
  selectors?: SiteSelectors;
  adapter?: SiteAdapter;
  adapters?: readonly SiteAdapter[];
  fixtures?: readonly SiteFixture[];
}

const sitesDir = join(repoRoot, 'lib', 'sites');
/** Every lib/sites/*.ts that exports a `site`: a site file, whether or not the table lists it. */
const siteFiles: [string, SiteModule][] = await Promise.all(
  readdirSync(sitesDir)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f): Promise<[string, SiteModule]> => [f, (await import(`../../lib/sites/${f.replace(/\.ts$/, '')}`)) as SiteModule]),
).then((all) => all.filter(([, m]) => m.site !== undefined));

describe('the site table', () => {
  it('lists every site file once, with its adapter(s), and each site has fixtures', () => {
    expect(siteFiles.length).toBeGreaterThan(20);
    expect(SITES.map((s) => s.id).sort()).toEqual(siteFiles.map(([, m]) => m.site!.id).sort());
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const [file, m] of siteFiles) {
      const adapters = m.adapters ?? (m.adapter ? [m.adapter] : []);
      expect(adapters.length, `${file} has no adapter`).toBeGreaterThan(0);
      for (const a of adapters) {
        expect(ALL_ADAPTERS, `${file}: ${a.id} is not in the table`).toContain(a);
        expect(a.site, file).toBe(m.site!.id);
        // The patterns-only view (manifest, sender check) covers every URL the adapter claims.
        for (const pattern of a.matches) expect(m.site!.matches, `${file}: ${pattern}`).toContain(pattern);
      }
      expect(m.fixtures?.length, `${file} has no fixture`).toBeGreaterThan(0);
      expect(SITE_FIXTURES.filter((f) => f.site === m.site!.id)).toHaveLength(m.fixtures!.length);
    }
    expect(PUBLISHER_ADAPTERS.every((a) => a.site !== 'arxiv')).toBe(true);
  });

  it('every adapter, the generic one included, has a page to be tested on', () => {
    const covered = new Set(SAVED_PAGES.map((p) => p.adapter));
    for (const adapter of [...ALL_ADAPTERS, generic]) {
      if (adapter.id === 'arxiv-abs') continue; // its 14 saved pages are in tests/unit/arxiv-abs.test.ts
      expect(covered.has(adapter.id), `${adapter.id} has no page`).toBe(true);
    }
  });

  it('each fixture URL is on its own site and on no other', () => {
    for (const f of SITE_FIXTURES) {
      const on = SITES.filter((s) => s.matches.some((m) => matchesPattern(f.url, m))).map((s) => s.id);
      expect(on, f.file).toEqual([f.site]);
    }
    for (const p of [...GENERIC_PAGES, ...NEGATIVE_PAGES]) {
      expect(SITES.filter((s) => s.matches.some((m) => matchesPattern(p.url, m))).map((s) => s.id), p.file).toEqual([]);
    }
  });

  it('every page in tests/fixtures/pages belongs to one site, the generic pages or the negatives, and says how it was made', () => {
    const dir = join(repoRoot, 'tests', 'fixtures', 'pages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    const owners = new Map<string, string[]>();
    const own = (file: string, owner: string) => owners.set(file, [...(owners.get(file) ?? []), owner]);
    for (const f of SITE_FIXTURES) if (f.file.startsWith('pages/')) own(f.file.slice(6), f.site);
    for (const p of GENERIC_PAGES) if (p.built) own(p.file.slice(6), 'generic');
    for (const p of NEGATIVE_PAGES) if (p.built) own(p.file.slice(6), 'negatives');
    for (const file of files) expect(owners.get(file), `${file} belongs to no site`).toHaveLength(1);
    expect([...owners.keys()].sort(), 'a fixture listed but missing').toEqual(files.sort());
    for (const file of files) {
      expect(file).toMatch(/\.from-[a-z0-9-]+\.html$/);
      const head = readFileSync(join(dir, file), 'utf8').slice(0, 1200);
      expect(head, file).toMatch(/<!-- (Built|Generated) [^]*not a saved/i);
    }
  });

  it('the negative pages expect zero badges and zero messages', () => {
    expect(NEGATIVE_PAGES.length).toBeGreaterThanOrEqual(5);
    for (const p of NEGATIVE_PAGES) {
      expect(p.yieldsNothing, p.file).toBeTruthy();
      expect(p.notScholarly, p.file).toBe(true);
      expect(p.ids ?? p.names, p.file).toBeUndefined();
    }
  });
});

describe("each site's selectors (data, Dark Reader style)", () => {
  for (const [file, m] of siteFiles.filter(([, m]) => m.selectors)) {
    it(`${file}: every selector parses, and its names selector finds names on the site's own pages`, () => {
      for (const selector of Object.values(m.selectors!)) {
        expect(() => document.createDocumentFragment().querySelector(selector), `${file}: ${selector}`).not.toThrow();
      }
      // The pages with authors to find; a site whose pages all yield nothing (no identifier) still shows its names there.
      const own = SITE_FIXTURES.filter((f) => f.site === m.site!.id);
      const positive = own.some((f) => !f.yieldsNothing) ? own.filter((f) => !f.yieldsNothing) : own;
      const found = positive.some((f) => {
        const doc = new DOMParser().parseFromString(readPage({ ...f, built: f.file.startsWith('pages/') }), 'text/html');
        const roots = m.selectors!.scope ? [...doc.querySelectorAll(m.selectors!.scope)] : [doc];
        return roots.some((r) => r.querySelector(m.selectors!.names));
      });
      expect(found, `${file}: ${m.selectors!.names} finds nothing on its pages`).toBe(true);
    });
  }

  it('the generic adapter agrees with each publisher adapter that reads metadata', () => {
    // Sites whose authors or DOI are not in standard metadata need their adapter; the rest must agree.
    // (Taylor & Francis puts each affiliation inside the name's link.)
    const ownReading = ['sciencedirect', 'pubmed', 'ieee-xplore', 'semantic-scholar', 'taylor-francis', 'dblp', 'google-scholar', 'jstor', 'neurips', 'pmlr', 'cvf'];
    for (const f of SITE_FIXTURES) {
      if (f.yieldsNothing || f.site === 'arxiv' || ownReading.includes(f.adapter)) continue;
      const url = new URL(f.url);
      const html = readPage({ ...f, built: f.file.startsWith('pages/') });
      const site = ALL_ADAPTERS.find((a) => a.id === f.adapter)!.detect(new DOMParser().parseFromString(html, 'text/html'), url);
      const mine = generic.detect(new DOMParser().parseFromString(html, 'text/html'), url);
      expect(mine.map((p) => p.doi), f.file).toEqual(site.map((p) => p.doi));
      expect(mine[0]?.authors.length, f.file).toBe(site[0]?.authors.length);
    }
  }, 30_000);
});

/** Strings only an adapter holds: every site's selectors. None may reach a bundle that reads only patterns. */
const adapterOnly = siteFiles.flatMap(([, m]) => (m.selectors ? Object.values(m.selectors) : [])).filter((s) => s.length > 6);

describe('the patterns-only view carries no adapter code', () => {
  it("bundling what the background reads (lib/sites/supported-sites.ts) keeps the patterns and drops every adapter", async () => {
    const bundle = await rollup({
      input: 'entry',
      external: (id) => id.startsWith('wxt/'),
      onwarn: () => undefined,
      plugins: [
        {
          name: 'entry-and-ts',
          resolveId(id, importer) {
            if (id === 'entry') return id;
            if (!importer || id.startsWith('wxt/')) return null;
            const base = id.startsWith('.') ? join(importer === 'entry' ? repoRoot : join(importer, '..'), id) : id;
            for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
            return null;
          },
          load(id) {
            return id === 'entry' ? "import { SUPPORTED_SITES, isUrlServed, supportedSitePatterns } from './lib/sites/supported-sites'; export { SUPPORTED_SITES, isUrlServed, supportedSitePatterns };" : null;
          },
          async transform(code, id) {
            return id.endsWith('.ts') ? (await transform(code, { loader: 'ts', format: 'esm' })).code : null;
          },
        },
      ],
    });
    const { output } = await bundle.generate({ format: 'esm' });
    const code = output.map((o) => ('code' in o ? o.code : '')).join('\n');
    expect(code).toContain('https://pubs.acs.org/*');
    expect(code).toContain('Semantic Scholar');
    for (const s of adapterOnly) expect(code.includes(s), `adapter selector in the patterns-only bundle: ${s}`).toBe(false);
    expect(code).not.toContain('detectHighwire');
  });

  const built = join(repoRoot, '.output', 'chrome-mv3', 'background.js');
  it.runIf(existsSync(built))('the built background (.output/chrome-mv3/background.js) holds the patterns but no adapter selector', () => {
    const code = readFileSync(built, 'utf8');
    expect(code).toContain('https://pubs.acs.org/*');
    for (const s of adapterOnly) expect(code.includes(s), `adapter selector in background.js: ${s}`).toBe(false);
  });
});
