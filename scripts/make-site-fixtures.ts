/**
 * Writes the article pages of sites no list names (server/dev/site-pages.ts), built from their Zotero
 * translators. Run once, output committed: `npx tsx scripts/make-site-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../server/dev/fixtures';
import { SITE_PAGES, sitePageHtml } from '../server/dev/site-pages';

const out = join(repoRoot, 'tests', 'fixtures', 'pages');
for (const page of SITE_PAGES) writeFileSync(join(out, page.file), sitePageHtml(page));
console.log(`wrote ${SITE_PAGES.length} pages to ${out}`);
