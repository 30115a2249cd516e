import { test as base, expect, type BrowserContext } from '@playwright/test';
import { readFileSync, rmSync } from 'node:fs';
import { fixture } from '../support/fixtures';
import { startCrossrefReplay } from '../../server/dev/crossref-replay';
import { startOpenAlexReplay } from '../../server/dev/openalex-replay';
import { startSemanticScholarReplay } from '../../server/dev/semantic-scholar-replay';
import { launchWithExtension } from './fixtures';
import { setServiceUrl } from '../../scripts/support/extension-settings';
import { extensionDir } from '../../scripts/support/extension-paths';
import { LocalService } from '../../server/dev/local-service';
import { freePort } from '../../server/dev/free-port';

/**
 * A paper OpenAlex has not indexed, in the browser: PaperQA (arXiv 2312.07559) withheld from the OpenAlex replay
 * (records never recorded are synthesised from the recorded works, server/dev/openalex-world.ts);
 * Semantic Scholar replays its recorded answer. The abstract page is the saved arXiv page of 1706.03762
 * (shared/fixtures/arxiv) with PaperQA's identifier and author list, as Semantic Scholar's recording gives them.
 */
const URL_2312 = 'https://arxiv.org/abs/2312.07559';
const AUTHORS = ['Jakub Lála', "Odhran O'Donoghue", 'Aleksandar Shtedritski', 'Sam Cox', 'Samuel G. Rodriques', 'Andrew D. White'];

function paperqaPage(): string {
  const saved = readFileSync(fixture('arxiv', 'abs_1706.03762v7.html'), 'utf8');
  const links = AUTHORS.map((n) => `<a href="https://arxiv.org/search/cs?searchtype=author&amp;query=${encodeURIComponent(n)}" rel="nofollow">${n.replace(/'/g, '&#39;')}</a>`).join(', ');
  return saved
    .replace(/<meta name="citation_arxiv_id" content="[^"]*"/, '<meta name="citation_arxiv_id" content="2312.07559"')
    .replace(/<div class="authors">[\s\S]*?<\/div>/, `<div class="authors"><span class="descriptor">Authors:</span>${links}</div>`);
}

const test = base.extend<{ ext: BrowserContext }>({
  ext: async ({}, use) => {
    const replay = await startOpenAlexReplay({ world: { withhold: ['W4389761608'], synthesizeAuthors: true } });
    const s2 = await startSemanticScholarReplay();
    const crossref = await startCrossrefReplay();
    const service = new LocalService(await freePort(), { OPENALEX_URL: replay.url, S2_URL: s2.url, CROSSREF_URL: crossref.url });
    await service.start();
    const { context, profile } = await launchWithExtension(extensionDir, service.url, [], []);
    await context.route(`${URL_2312}*`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: paperqaPage() }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await setServiceUrl(worker, service.url);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await service.dispose();
    await Promise.all([replay.close(), s2.close(), crossref.close()]);
  },
});

test('a paper OpenAlex lacks: authors it knows from joint work get resolved badges, and the card says how', async ({ ext }) => {
  const page = await ext.newPage();
  await page.goto(URL_2312);
  const badge = (name: string) => page.locator(`[data-peerlens="badge"][data-author-name="${name}"]`);
  await expect(badge('Sam Cox')).toHaveAttribute('data-state', 'resolved', { timeout: 20_000 });
  await expect(badge('Sam Cox')).toHaveAttribute('data-researcher-id', 'A5101971357');
  await expect(badge('Andrew D. White')).toHaveAttribute('data-state', 'resolved');
  await expect(badge('Andrew D. White')).toHaveAttribute('data-researcher-id', 'A5103115676');
  await expect(badge('Jakub Lála')).toHaveAttribute('data-state', 'unresolved');

  await badge('Sam Cox').click();
  const card = page.locator('[data-peerlens="card"]');
  await expect(card.getByText('Matched through Semantic Scholar; this paper is not in OpenAlex yet.')).toBeVisible();
  await page.keyboard.press('Escape');
  await badge('Andrew D. White').click();
  await expect(card.getByText('Matched through shared papers with co-authors on this paper; this paper is not in OpenAlex yet.')).toBeVisible();
  await page.keyboard.press('Escape');
  await badge('Jakub Lála').click();
  await expect(card.getByText(/OpenAlex has no researcher named “Jakub Lála”\. OpenAlex has no record of this arXiv paper\./)).toBeVisible();
  await page.close();
});
