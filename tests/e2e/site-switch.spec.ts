import type { BrowserContext, Page, Worker } from '@playwright/test';
import { savedPage } from '../support/saved-pages';
import { test, expect } from './fixtures';

/**
 * "Badges on ‹site›" in the popup, driven as a reader does: on a page the always-on detector serves (no list
 * names the site) and on a listed site, untick the popup's box, reload the page: no badge, nothing sent; the
 * popup keeps it unticked after a reload, the options page lists the site as switched off, and ticking it
 * again brings the badges back.
 */

const settled = (page: Page) => page.locator('[data-peerlens="badge"]:not([data-state="loading"])');
const badges = (page: Page) => page.locator('[data-peerlens="badge"]');
type Sw = { chrome: { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>>; update(id: number, p: { active: boolean }): Promise<unknown> } } };

/**
 * The popup for the tab showing `url`. A test cannot click the toolbar button, so the popup is a tab of
 * its own whose window's active tab is made the article again: what it reads on load, as the real popup does.
 */
async function popupFor(context: BrowserContext, worker: Worker, extensionId: string, url: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as Sw).chrome;
    const [tab] = await chrome.tabs.query({ url: u });
    await chrome.tabs.update(tab!.id!, { active: true });
  }, url);
  await popup.reload();
  return popup;
}

for (const { file, label, count } of [
  { file: 'nber_w33843.html', label: 'www.nber.org', count: 4 },
  { file: 'peerj_4375.html', label: 'PeerJ', count: 9 },
]) {
  test(`the popup switches badges off and on for the page's site: ${label}`, async ({ extContext, extensionWorker, extensionId, resolveBodies }) => {
    const { url } = savedPage(file);
    const article = await extContext.newPage();
    await article.goto(url);
    await expect(settled(article)).toHaveCount(count, { timeout: 30_000 });

    let popup = await popupFor(extContext, extensionWorker, extensionId, url);
    const box = () => popup.getByRole('checkbox', { name: `Badges on ${label}` });
    await expect(box()).toBeChecked();
    await box().click();
    await expect(box()).not.toBeChecked();
    await expect(popup.getByRole('region', { name: 'This site' }).getByRole('status')).toHaveText(/Reload the page/);

    const sentBefore = resolveBodies.length;
    await article.reload();
    await article.waitForTimeout(1500);
    await expect(badges(article)).toHaveCount(0);
    expect(resolveBodies.length).toBe(sentBefore);

    // Kept: the popup opened again shows it off; the options page lists a detector-served origin as switched off.
    await popup.close();
    popup = await popupFor(extContext, extensionWorker, extensionId, url);
    await expect(box()).not.toBeChecked();
    if (label === 'www.nber.org') {
      const options = await extContext.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('ul.disabled-origins li')).toContainText(['https://www.nber.org']);
      await options.close();
    }

    await box().click();
    await expect(box()).toBeChecked();
    await article.reload();
    await expect(settled(article)).toHaveCount(count, { timeout: 30_000 });
    await popup.close();
    await article.close();
  });
}
