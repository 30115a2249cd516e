import { test, expect, arxivPages, arxivPage } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Visible author links per saved page, counted by hand from the saved HTML: collaboration names
 * ("OpenAI:") and the "et al." toggle are not authors; the Gemini 2.5 page shows 100 of its 3,426.
 */
const VISIBLE_AUTHORS: Record<string, number> = {
  'abs_1103.4487v1.html': 4,
  'abs_1206.4638v1.html': 3,
  'abs_1412.5335v7.html': 4,
  'abs_1512.03385v1.html': 4,
  'abs_1706.03762_metascraper.html': 8,
  'abs_1706.03762v7.html': 8,
  'abs_1707.00309v2_withdrawn.html': 3,
  'abs_1902.02534_commonmeta.html': 3,
  'abs_1912.06680v1.html': 25,
  'abs_2005.14165v4.html': 31,
  'abs_2106.09608v2_2021layout.html': 2,
  'abs_2507.06261v6.html': 100,
  'abs_cs_0011012v3.html': 2,
  'abs_hep-th_0611290v2.html': 4,
};

const badges = (page: Page) => page.locator('[data-peerlens="badge"]');
const settled = (page: Page) => page.locator('[data-peerlens="badge"]:not([data-state="loading"])');

test('every saved arXiv abstract page is covered by the count table', () => {
  expect(arxivPages.map((p) => p.file).sort()).toEqual(Object.keys(VISIBLE_AUTHORS).sort());
});

test("the page's own text and layout around the authors are unchanged apart from the badges", async ({ extContext }) => {
  const saved = arxivPage('abs_1706.03762v7.html');
  const page = await extContext.newPage();
  await page.goto(saved.url);
  await expect(settled(page)).toHaveCount(8);
  const check = await page.evaluate((html) => {
    const original = new DOMParser().parseFromString(html, 'text/html').querySelector('#abs')!;
    const live = document.querySelector('#abs')!.cloneNode(true) as HTMLElement;
    live.querySelectorAll('[data-peerlens]').forEach((el) => el.remove());
    const link = document.querySelector('#abs .authors a')!.getBoundingClientRect();
    const badgeHeights = [...document.querySelectorAll<HTMLElement>('[data-peerlens="badge"]')].map((b) => b.getBoundingClientRect().height);
    return {
      same: live.innerHTML === original.innerHTML,
      linkHeight: link.height,
      tallestBadge: Math.max(...badgeHeights),
    };
  }, saved.html);
  expect(check.same).toBe(true);
  // A badge sits inside the line: never taller than the author link it follows.
  expect(check.tallestBadge).toBeLessThanOrEqual(check.linkHeight + 1);
  await page.close();
});

test('a second visit is answered from the cache: no request reaches the service', async ({ extContext, serviceRequests }) => {
  const saved = arxivPage('abs_1206.4638v1.html');
  const first = await extContext.newPage();
  const before = serviceRequests.length;
  await first.goto(saved.url);
  await expect(settled(first)).toHaveCount(3);
  expect(serviceRequests.slice(before)).toEqual(['POST /v1/resolve']);
  await first.close();

  const second = await extContext.newPage();
  const mark = serviceRequests.length;
  await second.goto(saved.url);
  await expect(settled(second)).toHaveCount(3);
  expect(serviceRequests.slice(mark)).toEqual([]);
  await second.close();
});

test('an unknown paper settles to unresolved with the reason on the card, opened by keyboard', async ({ extContext }) => {
  const page = await extContext.newPage();
  await page.goto(arxivPage('abs_1512.03385v1.html').url);
  await expect(settled(page)).toHaveCount(4);
  const first = badges(page).first();
  await expect(first).toHaveAttribute('data-state', 'unresolved');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  const dialog = page.locator('[data-peerlens="card"]');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(first).toBeFocused();
  await page.close();
});

test('collapsed authors of a 3,400-author paper get badges when the list is shown', async ({ extContext }) => {
  const page = await extContext.newPage();
  await page.goto(arxivPage('abs_2507.06261v6.html').url);
  await expect(settled(page)).toHaveCount(100);
  await page.click('#toggle');
  await expect(settled(page)).toHaveCount(3426, { timeout: 30_000 });
  const positions = await badges(page).evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.authorPosition)));
  expect(new Set(positions).size).toBe(3426);
  await page.close();
});

test('with the service stopped, badges settle to error with a retry that works once it is back', async ({ extContext, service }) => {
  const saved = arxivPage('abs_cs_0011012v3.html');
  await service.stop();
  const page = await extContext.newPage();
  try {
    await page.goto(saved.url);
    await expect(page.locator('[data-peerlens="badge"][data-state="error"]')).toHaveCount(2);
  } finally {
    await service.start();
  }
  const first = badges(page).first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-peerlens="badge"][data-state="unresolved"]')).toHaveCount(2);
  await page.close();
});

// Runs last: the tests above need some of these papers not yet in the cache.
for (const saved of arxivPages) {
  test(`${saved.file}: one badge right after each visible author, settled per the contract`, async ({ extContext }) => {
    const page = await extContext.newPage();
    await page.goto(saved.url);
    const expected = VISIBLE_AUTHORS[saved.file]!;
    await expect(settled(page)).toHaveCount(expected);

    const report = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-peerlens="badge"]')];
      return hosts.map((h) => ({
        previousIsAuthorLink: h.previousElementSibling?.matches('a[href*="searchtype=author"]') ?? false,
        linkText: h.previousElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        name: h.dataset.authorName,
        position: Number(h.dataset.authorPosition),
        state: h.dataset.state,
        hasShadow: h.shadowRoot !== null,
        focusable: h.tabIndex >= 0,
        visible: h.offsetParent !== null,
      }));
    });
    expect(report.filter((b) => b.visible)).toHaveLength(expected);
    for (const b of report) {
      expect(b.previousIsAuthorLink).toBe(true);
      expect(b.name).toBe(b.linkText);
      expect(b.hasShadow).toBe(true);
      expect(b.focusable).toBe(true);
      expect(['resolved', 'ambiguous', 'unresolved']).toContain(b.state);
    }
    // Positions are 1-based and follow the page's order.
    expect(report.slice(0, expected).map((b) => b.position)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    await page.close();
  });
}
