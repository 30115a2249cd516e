/**
 * Refined GitHub's url-detection habit: every adapter against every saved page. Only the right adapter
 * claims a page's URL, no other site's adapter reads anything from it, every adapter has pages, and
 * every built page says where its structure came from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterClaimsUrl } from '../../lib/detect/adapter-for-url';
import { generic } from '../../lib/detect/generic';
import { ALL_ADAPTERS } from '../../lib/sites/supported-sites';
import { repoRoot } from '../support/fixtures';
import { SAVED_PAGES, readPage } from '../support/saved-pages';

const docs = new Map(SAVED_PAGES.map((p) => [p.file, new DOMParser().parseFromString(readPage(p), 'text/html')]));

describe('every adapter over every saved page', () => {
  for (const page of SAVED_PAGES) {
    it(`${page.file}: claimed by ${page.adapter} only`, () => {
      const url = new URL(page.url);
      const claiming = ALL_ADAPTERS.filter((a) => adapterClaimsUrl(a, url)).map((a) => a.id);
      expect(claiming).toEqual(page.adapter === 'generic' ? [] : [page.adapter]);
      // Content too: run on another site's page, a site adapter reads nothing.
      for (const adapter of ALL_ADAPTERS) {
        if (adapter.id === page.adapter) continue;
        expect(adapter.detect(docs.get(page.file)!, url), adapter.id).toEqual([]);
      }
    });
  }

  it('every adapter, the generic one included, has at least one saved page', () => {
    const covered = new Set(SAVED_PAGES.map((p) => p.adapter));
    for (const adapter of [...ALL_ADAPTERS, generic]) {
      if (adapter.id === 'arxiv-abs') continue; // its 14 saved pages are in tests/unit/arxiv-abs.test.ts
      expect(covered.has(adapter.id), `${adapter.id} has no saved page`).toBe(true);
    }
  });

  it('the generic adapter agrees with each supported publisher adapter that reads metadata', () => {
    for (const page of SAVED_PAGES) {
      // Sites whose authors or DOI are not in standard metadata need their adapter; the rest must agree.
      // (Taylor & Francis puts each affiliation inside the name's link.)
      // One-line lists (JSTOR, NeurIPS, PMLR, CVF) are read from the printed line, title-only where no DOI.
      const ownReading = ['sciencedirect', 'pubmed', 'ieee-xplore', 'semantic-scholar', 'taylor-francis', 'generic', 'dblp', 'google-scholar', 'jstor', 'neurips', 'pmlr', 'cvf'];
      if (page.yieldsNothing || page.adapter.startsWith('arxiv') || ownReading.includes(page.adapter)) continue;
      const url = new URL(page.url);
      const site = ALL_ADAPTERS.find((a) => a.id === page.adapter)!.detect(docs.get(page.file)!, url);
      const mine = generic.detect(docs.get(page.file)!, url);
      expect(mine.map((p) => p.doi), page.file).toEqual(site.map((p) => p.doi));
      expect(mine[0]?.authors.length, page.file).toBe(site[0]?.authors.length);
    }
  }, 30_000); // Every saved page through two adapters: seconds on a busy machine.

  it('every built page is in the catalogue and says in its first lines how it was made', () => {
    const dir = join(repoRoot, 'tests', 'fixtures', 'pages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    const catalogued = SAVED_PAGES.filter((p) => p.built).map((p) => p.file.replace(/^pages\//, ''));
    expect(files.sort()).toEqual(catalogued.sort());
    for (const file of files) {
      expect(file).toMatch(/\.from-[a-z0-9-]+\.html$/);
      const head = readFileSync(join(dir, file), 'utf8').slice(0, 1200);
      expect(head, file).toMatch(/<!-- (Built|Generated) [^]*not a saved/i);
    }
  });
});
