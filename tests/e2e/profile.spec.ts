import { join } from 'node:path';
import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
import type { ResearcherProfile } from '../../lib/api/profile';
import type { ResolveResponse } from '../../lib/api/resolve';
import { test, expect, arxivPage } from './fixtures';

/**
 * Profiles end to end, on the built extension and the real local service over the OpenAlex replay:
 * the card from a badge, the full profile page, and the popup's search (opened as a page).
 * Screenshots go to test-results/screenshots/ for a human to look at.
 */

const SHOTS = join('test-results', 'screenshots');
// Jason Priem: recorded in the replay, with an ORCID iD.
const PRIEM = { id: 'A5023888391', orcid: '0000-0001-6187-6610' };

const EXTENSION_URL = /^chrome-extension:\/\//;
const continueRoute = (route: Route) => route.continue();

// The worker's catch-all route would block the extension pages' own scripts: let them through.
test.beforeEach(async ({ extContext }) => {
  await extContext.route(EXTENSION_URL, continueRoute);
});
test.afterEach(async ({ extContext }) => {
  await extContext.unroute(EXTENSION_URL, continueRoute);
});

async function popup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 520, height: 760 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/**
 * The saved arXiv pages have no OpenAlex records, so their badges settle `unresolved`. To see a resolved
 * and an ambiguous card end to end, the service's answer for one page is replaced with real snapshots
 * of recorded researchers (from the service itself); everything else — the background, its profile
 * message and cache, the card, the profile page — runs for real.
 */
test.describe('the badge card', () => {
  const saved = arxivPage('abs_1206.4638v1.html');

  async function withRecordedAnswer(context: BrowserContext, worker: Worker, serviceUrl: string): Promise<void> {
    const summary = async (id: string) =>
      ((await (await fetch(`${serviceUrl}/v1/researchers/${id}`)).json()) as ResearcherProfile).summary;
    const [priem, piwowar, mearman] = await Promise.all([summary(PRIEM.id), summary('A5048491430'), summary('A5017898742')]);
    const answer: ResolveResponse = {
      papers: [
        {
          arxivId: saved.arxivId,
          workId: null,
          authors: [
            { position: 1, state: 'resolved', confidence: 1, researcher: priem },
            { position: 2, state: 'ambiguous', confidence: 0.5, candidates: [piwowar, mearman], reason: 'Two author records fit this name on this work.' },
            { position: 3, state: 'unresolved', confidence: 0, reason: 'The paper is not in OpenAlex yet.' },
          ],
        },
      ],
    };
    await context.route(`${serviceUrl}/v1/resolve`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) }));
    // An earlier spec may have cached this page's real (unresolved) answer in the background.
    await worker.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('peerlens-cache');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('papers')) return resolve(db.close());
            const tx = db.transaction('papers', 'readwrite');
            tx.objectStore('papers').clear();
            tx.oncomplete = () => resolve(db.close());
          };
          open.onerror = () => resolve();
        }),
    );
  }

  test('opens from the keyboard, explains its score, leads to the full profile; an ambiguous name is picked and kept', async ({ extContext, extensionWorker, service }) => {
    await withRecordedAnswer(extContext, extensionWorker, service.url);
    const page = await extContext.newPage();
    await page.setViewportSize({ width: 1000, height: 1100 });
    await page.goto(saved.url);
    const target = page.locator(`[data-peerlens="badge"][data-researcher-id="${PRIEM.id}"]`);
    await expect(target).toHaveAttribute('data-state', 'resolved');
    await target.focus();
    await page.keyboard.press('Enter');
    await expect(target).toHaveAttribute('aria-expanded', 'true');

    const card = page.locator('[data-peerlens="card"]');
    const dialog = card.getByRole('dialog');
    await expect(dialog).toBeFocused();
    await expect(dialog).toHaveAccessibleName('Jason Priem');
    const why = card.getByRole('button', { name: /Why this score\?/ });
    await expect(why).toBeVisible();
    await expect(card.getByText(/^Top topics:/)).toBeVisible();
    // Keyboard only: Tab to the disclosure, open it.
    while (!(await why.evaluate((el) => el.matches(':focus')))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    for (const part of ['Identity', 'Track record', 'Community', 'Network', 'Integrity', 'Counts on this card']) {
      await expect(card.getByText(part, { exact: true })).toBeVisible();
    }
    await expect(card.getByText(/^Trust \d+ · \w+ = .* floored\.$/)).toBeVisible();
    await card.screenshot({ path: join(SHOTS, 'card-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await card.screenshot({ path: join(SHOTS, 'card-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    const opened = extContext.waitForEvent('page');
    await card.getByRole('button', { name: 'Open full profile' }).click();
    const full = await opened;
    await full.waitForLoadState();
    expect(full.url()).toMatch(new RegExp(`/profile\\.html#${PRIEM.id}$`));
    await expect(full.getByRole('heading', { level: 1, name: 'Jason Priem' })).toBeVisible();
    await full.close();

    // Esc closes the card and gives focus back to its badge.
    await page.bringToFront();
    await dialog.focus();
    await page.keyboard.press('Escape');
    await expect(target).toHaveAttribute('aria-expanded', 'false');
    await expect(target).toBeFocused();

    // The ambiguous name: "Is this …?", pick one, and the pick is kept for this name on this paper.
    const ambiguous = page.locator('[data-peerlens="badge"][data-author-position="2"]');
    await expect(ambiguous).toHaveAttribute('data-state', 'ambiguous');
    await ambiguous.click();
    await expect(card.getByText('Is this Joseph Mearman?')).toBeVisible();
    await card.getByRole('button', { name: /is Joseph Mearman/ }).click();
    await expect(ambiguous).toHaveAttribute('data-state', 'resolved');
    await expect(ambiguous).toHaveAttribute('data-researcher-id', 'A5017898742');
    await page.reload();
    await expect(page.locator('[data-peerlens="badge"][data-author-position="2"]')).toHaveAttribute('data-researcher-id', 'A5017898742');
    await page.close();
    await extContext.unroute(`${service.url}/v1/resolve`);
  });
});

test('the full profile page: snapshot, why, graph, works; a collaborator or a missing id', async ({ extContext, extensionId }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto(`chrome-extension://${extensionId}/profile.html#${PRIEM.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jason Priem' })).toBeVisible();
  await expect(page.getByText(/^Trust \d+ · \w+$/)).toBeVisible();
  await expect(page.getByText(`ORCID ${PRIEM.orcid}`)).toBeVisible();
  const graph = page.getByRole('group', { name: /Research graph of Jason Priem/ });
  await expect(graph).toBeVisible();
  expect(await graph.locator('[data-node-kind="topic"]').count()).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Works' }).locator('li.work').first()).toBeVisible();
  await page.getByRole('button', { name: /Why this score\?/ }).click();
  await expect(page.getByText('Track record', { exact: true })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'profile.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SHOTS, 'profile-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // A collaborator in the graph leads to their profile, when the record has any.
  const collaborator = graph.locator('[data-node-kind="collaborator"]').first();
  if ((await collaborator.count()) > 0) {
    await collaborator.focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(new RegExp(`#${PRIEM.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Jason Priem');
  }

  await page.goto(`chrome-extension://${extensionId}/profile.html#A5000000000`);
  await expect(page.getByRole('alert')).toContainText(/No such researcher|not/i);
  await page.close();
});

test('the popup: search by ORCID iD and by name, pick a namesake, see the profile and its graph', async ({ extContext, extensionId }) => {
  const page = await popup(extContext, extensionId);
  const box = page.getByRole('combobox', { name: 'Look up a researcher' });

  // An iD whose checksum fails is the service's clear 400.
  await box.fill('0000-0001-6187-6611');
  await expect(page.getByRole('alert')).toContainText('checksum');

  await box.fill(PRIEM.orcid);
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option').first()).toContainText('Jason Priem');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Jason Priem' })).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();

  // Typing a name: suggestions, one of several namesakes picked by keyboard.
  await box.pressSequentially('mearman', { delay: 30 });
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeGreaterThan(1);
  await page.screenshot({ path: join(SHOTS, 'popup-search.png') });
  const joseph = (await options.allTextContents()).findIndex((t) => t.startsWith('Joseph Mearman'));
  expect(joseph).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= joseph; i++) await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Joseph Mearman' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Research graph of Joseph Mearman/ })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'popup-profile.png'), fullPage: true });

  // Both look-ups are remembered, newest first.
  await page.getByRole('button', { name: '← Back' }).click();
  await box.fill('');
  const recent = page.getByRole('listbox', { name: 'Recent look-ups' }).getByRole('option');
  await expect(recent.first()).toContainText('Joseph Mearman');
  await expect(recent.nth(1)).toContainText('Jason Priem');
  await page.close();
});
