import type { Page } from '@playwright/test';
import { BENCH_LISTING_URL } from '../../scripts/support/arxiv-listing-page';
import { savedPage } from '../support/saved-pages';
import { setReaderSettings } from './support/reader-settings';
import { clearCacheFromOptions } from '../../scripts/support/extension-settings';
import { test, expect } from './fixtures';

/**
 * arXiv listings in Chromium with the built extension: the generated 1,000-entry listing (4,000 names)
 * and the built cs.AI "new" page. Badges only near the viewport, more as the reader scrolls, one
 * request per batch and each paper once; privacy mode sends nothing until a click.
 */

const badges = (page: Page) => page.locator('[data-peerlens="badge"]');
const settled = (page: Page) => page.locator('[data-peerlens="badge"]:not([data-state="loading"])');

/** Index of each listing entry (0-based) that holds a badge. */
async function badgedEntries(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('dl#articles > dd')].flatMap((dd, i) => (dd.querySelector('[data-peerlens="badge"]') ? [i] : [])),
  );
}

test('a 1,000-entry listing: badges near the viewport only, more after scrolling, one request per batch, each paper once', async ({ extContext, resolveBodies }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const before = resolveBodies.length;
  await page.goto(BENCH_LISTING_URL);
  await expect(settled(page).first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(600); // let any further batch go out

  const first = await badgedEntries(page);
  expect(first.length).toBeGreaterThan(3);
  expect(first.length).toBeLessThan(80); // of 1,000
  expect(first[0]).toBe(0);
  const nearBottom = await page.evaluate((n) => document.querySelectorAll('dl#articles > dd')[n]!.getBoundingClientRect().top, first.at(-1)!);
  expect(nearBottom).toBeLessThan(800 + 1200 + 400); // viewport + margin + one entry
  const firstRequests = resolveBodies.slice(before);
  expect(firstRequests).toHaveLength(1);
  expect(firstRequests[0]!.papers.map((p) => p.arxivId)).toEqual(first.map((i) => `2501.${String(i + 1).padStart(5, '0')}`));

  // The reader jumps to the middle of the list: entries there get badges and one more request.
  await page.evaluate(() => document.querySelectorAll('dl#articles > dd')[500]!.scrollIntoView());
  await expect.poll(async () => (await badgedEntries(page)).includes(500), { timeout: 15_000 }).toBe(true);
  await expect(settled(page)).toHaveCount(await badges(page).count(), { timeout: 20_000 });
  await page.waitForTimeout(600);
  const later = resolveBodies.slice(before);
  expect(later.length).toBeGreaterThanOrEqual(2);
  expect(later.length).toBeLessThanOrEqual(3);
  const asked = later.flatMap((b) => b.papers.map((p) => p.arxivId));
  expect(new Set(asked).size).toBe(asked.length); // each paper once
  const all = await badgedEntries(page);
  expect(all.filter((i) => i > 100 && i < 400)).toEqual([]); // skipped entries stay unbadged
  expect(await badges(page).count()).toBe(all.length * 4);
  await page.close();
});

test('privacy mode: idle badges, no request until the reader clicks one, then that paper only', async ({ extContext, extensionWorker, extensionId, resolveBodies }) => {
  await setReaderSettings(extensionWorker, { privacyMode: true });
  try {
    // Earlier tests may have cached these papers: empty the cache the way the options page does.
    await clearCacheFromOptions(extContext, extensionId);

    const page = await extContext.newPage();
    const before = resolveBodies.length;
    await page.goto(savedPage('arxiv_list_cs.AI_new.from-arxiv-browse-template.html').url);
    await expect(badges(page)).toHaveCount(23);
    await expect(page.locator('[data-peerlens="badge"][data-state="idle"]')).toHaveCount(23);
    await page.waitForTimeout(1000);
    expect(resolveBodies.length).toBe(before);

    const he = page.locator('[data-peerlens="badge"][data-author-name="Kaiming He"]');
    await he.click();
    await expect(he).not.toHaveAttribute('data-state', /idle|loading/);
    expect(resolveBodies.slice(before).map((b) => b.papers.map((p) => p.arxivId))).toEqual([['1512.03385']]);
    await expect(page.locator('[data-peerlens="badge"][data-author-name="Ashish Vaswani"]')).toHaveAttribute('data-state', 'idle');
    await page.close();
  } finally {
    await setReaderSettings(extensionWorker, null);
  }
});

test('the search results and the HTML full text get badges too', async ({ extContext }) => {
  const page = await extContext.newPage();
  await page.goto(savedPage('arxiv_search_all.from-arxiv-search-template.html').url);
  await expect(settled(page)).toHaveCount(5);
  await page.goto(savedPage('arxiv_html_1706.03762v7.from-latexml-structure.html').url);
  await expect(settled(page)).toHaveCount(3);
  await expect(page.locator('.ltx_bibliography [data-peerlens]')).toHaveCount(0);
  await page.close();
});
