/**
 * Writes the article pages of sites no list names (server/dev/site-pages.ts), built from their Zotero
 * translators. Run once, output committed: `npx tsx scripts/make-site-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_PAGES, sitePageHtml } from '../server/dev/site-pages';

// Scripts never import tests/ (issue 10's boundary): the repository root from this file's place.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const out = join(repoRoot, 'tests', 'fixtures', 'pages');
for (const page of SITE_PAGES) writeFileSync(join(out, page.file), sitePageHtml(page));
console.log(`wrote ${SITE_PAGES.length} pages to ${out}`);
