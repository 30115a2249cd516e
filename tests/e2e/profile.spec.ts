import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { savedPage } from '../support/saved-pages';
import { test, expect } from './fixtures';

/**
 * Profiles end to end, on the built extension and the real local service over the OpenAlex replay:
 * the card from a badge, the full profile page, and the popup's search (opened as a page).
 * Screenshots go to test-results/screenshots/ for a human to look at.
 */

const SHOTS = join('test-results', 'screenshots');
// Jason Priem: recorded in the replay, with an ORCID iD.
const PRIEM = { id: 'A5023888391', orcid: '0000-0001-6187-6610' };

async function popup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 520, height: 760 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/**
 * The card on a real saved page whose authors the service knows: PeerJ 4375, whose nine authors are all
 * recorded in the OpenAlex replay. Nothing is stubbed: the page, the background, the service and its
 * upstream replay all run for real. (Ambiguous names and a reader's pick are covered by the card's
 * component tests: no saved page has a real ambiguous match.)
 */
test('the badge card opens from the keyboard, explains its score and leads to the full profile', async ({ extContext }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1000, height: 1100 });
  await page.goto(savedPage('peerj_4375.html').url);
  const target = page.locator(`[data-peerlens="badge"][data-researcher-id="${PRIEM.id}"]`);
  await expect(target).toHaveAttribute('data-state', 'resolved', { timeout: 30_000 });
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
  // The card explains the snapshot it shows: the sum in words ends on its score, and the badge on the
  // page shows that same (freshest) snapshot once the card has it.
  const header = (await card.getByText(/^Trust \d+ · \w+$/).first().textContent()) ?? '';
  const score = header.match(/^Trust (\d+)/)?.[1];
  expect(score).toBeDefined();
  await expect(card.getByText(new RegExp(`^Trust ${score} · \\w+ = .* floored\\.$`))).toBeVisible();
  await expect(target).toHaveAttribute('data-trust-score', score!);
  await card.screenshot({ path: join(SHOTS, 'card-light.png') });
  const title = (await page.locator('h1').first().boundingBox())!;
  await page.screenshot({ path: join(SHOTS, 'peerj-card.png'), clip: { x: 0, y: Math.max(0, title.y - 12), width: 1000, height: 640 } });
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
  await page.close();
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

test('the popup: search by ORCID iD and by name, pick a namesake, see a compact profile that opens the full one', async ({ extContext, extensionId }) => {
  const page = await popup(extContext, extensionId);
  const box = page.getByRole('combobox', { name: 'Look up a researcher' });

  // A partial iD that matches nobody says what an iD looks like.
  await box.fill('0000-0001-6187');
  await expect(page.locator('.search-status')).toContainText('No researcher matches “0000-0001-6187”. An ORCID iD has 16 digits in four groups of four');

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
  // Compact: it fits a 600 px popup; the graph and the works are one click away on the full profile.
  await expect(page.getByRole('button', { name: 'Open full profile' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Research graph of Joseph Mearman/ })).toHaveCount(0);
  const height = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height);
  expect(height).toBeLessThanOrEqual(600);
  await page.screenshot({ path: join(SHOTS, 'popup-profile.png'), fullPage: true });

  // Both look-ups are remembered, newest first.
  await page.getByRole('button', { name: '← Back' }).click();
  await box.fill('');
  const recent = page.getByRole('listbox', { name: 'Recent look-ups' }).getByRole('option');
  await expect(recent.first()).toContainText('Joseph Mearman');
  await expect(recent.nth(1)).toContainText('Jason Priem');

  // Open full profile: the profile page with the graph (the popup closes itself).
  await recent.first().click();
  const full = extContext.waitForEvent('page');
  await page.getByRole('button', { name: 'Open full profile' }).click();
  const fullPage = await full;
  await expect(fullPage).toHaveURL(/profile\.html#A\d+$/);
  await expect(fullPage.getByRole('group', { name: /Research graph of Joseph Mearman/ })).toBeVisible({ timeout: 20_000 });
  await fullPage.close();
  if (!page.isClosed()) await page.close();
});
