import type { Page, Worker } from '@playwright/test';
import { SAVED_PAGES, savedPage } from '../support/saved-pages';
import { test, expect } from './fixtures';

/**
 * The always-on detector in Chromium with the built extension: a scholarly page of a site no list names
 * gets one badge per visible author on its first visit (no options-page step), the negative pages get
 * nothing and send nothing (every message the background receives is counted), and the options page's
 * "every site" box, clicked off, narrows PeerLens to the sites it knows.
 */

const settled = (page: Page) => page.locator('[data-peerlens="badge"]:not([data-state="loading"])');
const badges = (page: Page) => page.locator('[data-peerlens="badge"]');

type Sw = { chrome: { runtime: { onMessage: { addListener(cb: (m: unknown, s: { url?: string }) => void): void } }; scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }; __peerlensSeen?: { type: unknown; url: string | undefined }[] };

/** Every runtime message the background receives from now on, with its sender's page. */
async function countMessages(worker: Worker): Promise<() => Promise<{ type: unknown; url: string | undefined }[]>> {
  await worker.evaluate(() => {
    const sw = globalThis as unknown as Sw;
    if (sw.__peerlensSeen) return;
    sw.__peerlensSeen = [];
    sw.chrome.runtime.onMessage.addListener((m, s) => void sw.__peerlensSeen!.push({ type: (m as { type?: unknown } | null)?.type, url: s.url }));
  });
  return () => worker.evaluate(() => [...((globalThis as unknown as Sw).__peerlensSeen ?? [])]);
}

async function detectorRegistered(worker: Worker): Promise<boolean> {
  return worker.evaluate(async () => (await (globalThis as unknown as Sw).chrome.scripting.getRegisteredContentScripts()).some((s) => s.id === 'peerlens-scholarly-detector'));
}

const nber = savedPage('nber_w33843.html');
const NBER_AUTHORS = ['Nava Ashraf', 'Oriana Bandiera', 'Virginia Minni', 'Luigi Zingales'];

test('a scholarly page on a site PeerLens has never listed gets one badge per visible author on first visit', async ({ extContext, extensionWorker, resolveBodies }) => {
  await expect.poll(() => detectorRegistered(extensionWorker), { timeout: 10_000 }).toBe(true);
  const seen = await countMessages(extensionWorker);
  const page = await extContext.newPage();
  const before = resolveBodies.length;
  await page.goto(nber.url);
  await expect(settled(page)).toHaveCount(4, { timeout: 30_000 });
  expect(await badges(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.authorName))).toEqual(NBER_AUTHORS);
  // One "scholarly page" from the detector, then the publisher script's one look-up: ids and names only.
  const fromPage = (await seen()).filter((m) => m.url === nber.url).map((m) => m.type);
  expect(fromPage).toEqual(['peerlens:scholarly-page', 'peerlens:resolve']);
  expect(resolveBodies.slice(before)).toEqual([{ papers: [{ doi: '10.3386/w33843', authors: NBER_AUTHORS.map((name) => ({ name })) }] }]);
  await page.close();
});

for (const negative of SAVED_PAGES.filter((p) => p.notScholarly && p.adapter === 'generic')) {
  test(`negative page, nothing badged and nothing sent: ${negative.yieldsNothing} (${negative.file})`, async ({ extContext, extensionWorker, serviceRequests }) => {
    await expect.poll(() => detectorRegistered(extensionWorker), { timeout: 10_000 }).toBe(true);
    const seen = await countMessages(extensionWorker);
    const requestsBefore = serviceRequests.length;
    const messagesBefore = (await seen()).length;
    const page = await extContext.newPage();
    await page.goto(negative.url);
    await page.waitForTimeout(1200);
    await expect(badges(page)).toHaveCount(0);
    expect((await seen()).slice(messagesBefore)).toEqual([]);
    expect(serviceRequests.slice(requestsBefore)).toEqual([]);
    await page.close();
  });
}

test('the options page narrows PeerLens to the sites it knows, and widens it again', async ({ extContext, extensionWorker, extensionId }) => {
  const options = await extContext.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const everywhere = options.locator('input[name="everywhere"]');
  await expect(everywhere).toBeChecked();
  await expect(options.locator('#everywhere-reason')).toContainText('citation metadata');
  await everywhere.click();
  await expect(options.getByRole('status')).toContainText('only on the sites it knows');
  await options.reload();
  await expect(options.locator('input[name="everywhere"]')).not.toBeChecked();
  await expect.poll(() => detectorRegistered(extensionWorker)).toBe(false);

  const seen = await countMessages(extensionWorker);
  const before = (await seen()).length;
  const page = await extContext.newPage();
  await page.goto(nber.url);
  await page.waitForTimeout(1200);
  await expect(badges(page)).toHaveCount(0);
  expect((await seen()).slice(before)).toEqual([]);
  // A known site keeps working meanwhile.
  await page.goto(savedPage('peerj_4375.html').url);
  await expect(settled(page)).toHaveCount(9, { timeout: 30_000 });

  await options.locator('input[name="everywhere"]').click();
  await expect(options.getByRole('status')).toContainText('every site');
  await expect.poll(() => detectorRegistered(extensionWorker)).toBe(true);
  await page.goto(nber.url);
  await expect(settled(page)).toHaveCount(4, { timeout: 30_000 });
  await page.close();
  await options.close();
});

test('listings: dblp badges each entry’s own authors; Google Scholar its profile links, asking by title where it gives no DOI', async ({ extContext, resolveBodies }) => {
  const page = await extContext.newPage();
  await page.goto(savedPage('dblp_pid_48-4389.from-zotero-translator.html').url);
  await expect(settled(page)).toHaveCount(15, { timeout: 30_000 });
  expect(await page.locator('li.entry.editor [data-peerlens="badge"]').count()).toBe(0); // editors are not authors

  const before = resolveBodies.length;
  await page.goto(savedPage('google-scholar_results.from-zotero-translator-and-scrapers.html').url);
  await expect(settled(page)).toHaveCount(5, { timeout: 30_000 });
  expect(await badges(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.authorName))).toEqual(['A Vaswani', 'N Shazeer', 'H Piwowar', 'J Priem', 'V Larivière']);
  const asked = resolveBodies.slice(before).flatMap((b) => b.papers) as { title?: string; year?: number; doi?: string; authors: { name: string }[] }[];
  expect(asked).toEqual([
    { title: 'Attention is all you need', year: 2017, authors: [{ name: 'A Vaswani' }, { name: 'N Shazeer' }, { name: 'N Parmar' }] },
    { title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles', year: 2018, authors: [{ name: 'H Piwowar' }, { name: 'J Priem' }, { name: 'V Larivière' }] },
  ]);
  await page.close();
});
