import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { savedPage } from '../support/saved-pages';
import { clearCacheFromOptions, setServiceUrl } from '../../scripts/support/extension-settings';
import { extensionDir } from '../../scripts/support/extension-paths';
import { test, expect, launchWithExtension } from './fixtures';

/**
 * Publisher pages in Chromium with the built extension and the real local service over the OpenAlex
 * replay: PeerJ (the saved page at its real URL) resolves its nine authors to their recorded records;
 * a site PeerLens has no adapter for is added on the options page and served by the generic adapter.
 */

const settled = (page: Page) => page.locator('[data-peerlens="badge"]:not([data-state="loading"])');

// OpenAlex W2741809807's authorships, in order (openalex/work_W2741809807_state-of-oa.json).
const PEERJ_AUTHORS: [string, string][] = [
  ['Heather Piwowar', 'A5048491430'],
  ['Jason Priem', 'A5023888391'],
  ['Vincent Larivière', 'A5068542997'],
  ['Juan Pablo Alperin', 'A5085171399'],
  ['Lisa Matthias', 'A5066880338'],
  ['Bree Norlander', 'A5015414792'],
  ['Ashley Farley', 'A5062989025'],
  ['Jevin West', 'A5046879461'],
  ['Stefanie Haustein', 'A5014077037'],
];

test('PeerJ 4375: all nine authors resolve to their recorded OpenAlex records, with scores', async ({ extContext, extensionId, resolveBodies }) => {
  // Other specs open cards on this page: start from an empty cache so the request itself is checked.
  await clearCacheFromOptions(extContext, extensionId);
  const page = await extContext.newPage();
  const before = resolveBodies.length;
  await page.goto(savedPage('peerj_4375.html').url);
  await expect(settled(page)).toHaveCount(9, { timeout: 30_000 });
  const found = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-peerlens="badge"]')].map((b) => ({
      name: b.dataset.authorName,
      id: b.dataset.researcherId,
      state: b.dataset.state,
      score: b.dataset.trustScore,
      inAuthorList: b.closest('.article-authors') !== null,
    })),
  );
  expect(found.map((b) => [b.name, b.id])).toEqual(PEERJ_AUTHORS);
  for (const b of found) {
    expect(b.state).toBe('resolved');
    expect(Number(b.score)).toBeGreaterThan(0);
    expect(b.inAuthorList).toBe(true);
  }
  // Only identifiers and names left the browser: the DOI and the nine names.
  expect(resolveBodies.slice(before)).toEqual([{ papers: [{ doi: '10.7717/peerj.4375', authors: PEERJ_AUTHORS.map(([name]) => ({ name })) }] }]);
  await page.close();
});

test('a supported publisher with no saved answer still gets one badge per visible author (Springer)', async ({ extContext }) => {
  const page = await extContext.newPage();
  await page.goto(savedPage('springer_s10924-010-0192-1.html').url);
  await expect(settled(page)).toHaveCount(4, { timeout: 30_000 });
  await page.goto(savedPage('nature_news_article_2020.html').url);
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-peerlens="badge"]')).toHaveCount(0);
  await page.close();
});

/**
 * A copy of the build whose manifest already holds First Monday's host permission: headless Chromium
 * cannot click "Allow" on the prompt `permissions.request` opens, and with the permission in place
 * the request resolves at once, so the rest of the options-page flow (settings, registration,
 * injection, generic adapter) runs for real. The shipped build is untouched.
 */
function buildWithGrantedOrigin(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-e2e-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${origin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

test('a site added on the options page is served by the generic adapter (First Monday, OJS)', async ({ service }) => {
  const firstMonday = savedPage('firstmonday_ojs3_landing.html');
  const dir = buildWithGrantedOrigin('https://firstmonday.org');
  const bodies: Parameters<typeof launchWithExtension>[3] = [];
  const { context, profile } = await launchWithExtension(dir, service.url, [], bodies);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await setServiceUrl(worker, service.url);
    const extensionId = new URL(worker.url()).host;

    // Narrowed to the known sites first (out of the box the detector would find First Monday's metadata).
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[name="everywhere"]').click();
    await expect(options.locator('input[name="everywhere"]')).not.toBeChecked();

    const before = await context.newPage();
    await before.goto(firstMonday.url);
    await before.waitForTimeout(800);
    await expect(before.locator('[data-peerlens="badge"]')).toHaveCount(0); // not added yet
    await before.close();

    await options.fill('input[name="new-site"]', 'firstmonday.org');
    await options.click('button[type="submit"]');
    await expect(options.getByRole('status')).toContainText('Added https://firstmonday.org');
    await expect(options.locator('ul.added li')).toHaveText([/https:\/\/firstmonday\.org/]);

    const page = await context.newPage();
    await page.goto(firstMonday.url);
    await expect(settled(page)).toHaveCount(3, { timeout: 30_000 });
    const names = await page.locator('[data-peerlens="badge"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.authorName));
    expect(names).toEqual(['Calvin Liang', 'Jevan Alexander Hutson', 'Os Keyes']);
    expect(bodies.at(-1)).toEqual({ papers: [{ doi: '10.5210/fm.v25i10.10274', authors: names.map((name) => ({ name })) }] });
    // card.js is not web-accessible on an added site: the background runs it in the content script's world.
    await page.locator('[data-peerlens="badge"]').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-peerlens="card"]').getByRole('dialog')).toBeVisible();
    await expect(page.locator('[data-peerlens="card"]')).toContainText('Calvin Liang');
    await page.keyboard.press('Escape');

    // Removed again: the next visit gets no badges, and no message from that page is accepted.
    await options.getByRole('button', { name: 'Remove' }).click();
    await expect(options.locator('ul.added li')).toHaveCount(0);
    await page.reload();
    await page.waitForTimeout(800);
    await expect(page.locator('[data-peerlens="badge"]')).toHaveCount(0);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
