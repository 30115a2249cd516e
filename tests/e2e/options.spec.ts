import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { savedPage } from '../support/saved-pages';
import { clearCacheFromOptions, setServiceUrl } from '../../scripts/support/extension-settings';
import { extensionDir } from '../../scripts/support/extension-paths';
import { test, expect, launchWithExtension } from './fixtures';

/**
 * The options page driven as a reader drives it, in Chromium with the built extension: each control is
 * clicked, the page reloaded to see it kept, and then the behaviour checked on a saved page (the PeerJ
 * article, whose nine authors resolve from the recorded OpenAlex answers) by counting the requests the
 * extension really sent to the service.
 */

const PEERJ = savedPage('peerj_4375.html').url;
const badges = (page: Page) => page.locator('[data-peerlens="badge"]');
const resolveCount = (requests: string[]) => requests.filter((r) => r === 'POST /v1/resolve').length;

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h1')).toHaveText('PeerLens');
  return options;
}

/** Clicks a checkbox on the options page, then reloads the page and checks the box kept its state. */
async function clickAndReload(options: Page, name: string, checked: boolean): Promise<void> {
  const box = options.locator(`input[name="${name}"]`);
  await expect(box).toBeChecked({ checked: !checked });
  await box.click();
  await expect(box).toBeChecked({ checked });
  // The write is asynchronous: give it the moment a reader's reload would take, then reload.
  await options.waitForTimeout(300);
  await options.reload();
  await expect(options.locator(`input[name="${name}"]`)).toBeChecked({ checked });
}

test('privacy mode, switched on by its checkbox: kept after a reload, nothing sent until a badge is clicked, then that paper only', async ({ extContext, extensionId, serviceRequests, resolveBodies }) => {
  const options = await openOptions(extContext, extensionId);
  await expect(options.getByText('Privacy mode: send nothing until I click a badge')).toBeVisible();
  await clickAndReload(options, 'privacyMode', true);
  try {
    await clearCacheFromOptions(extContext, extensionId);
    const page = await extContext.newPage();
    const before = resolveCount(serviceRequests);
    const bodiesBefore = resolveBodies.length;
    await page.goto(PEERJ);
    await expect(page.locator('[data-peerlens="badge"][data-state="idle"]')).toHaveCount(9);
    await page.waitForTimeout(1500);
    expect(resolveCount(serviceRequests) - before).toBe(0);

    // One click: one look-up, of that badge's paper, and all its authors answer.
    await badges(page).nth(2).click();
    await expect(page.locator('[data-peerlens="badge"][data-state="resolved"]')).toHaveCount(9, { timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(resolveCount(serviceRequests) - before).toBe(1);
    const body = resolveBodies.slice(bodiesBefore);
    expect(body).toHaveLength(1);
    expect(body[0]!.papers).toHaveLength(1);
    expect(body[0]!.papers[0]!.authors).toHaveLength(9);
    await page.close();
  } finally {
    await clickAndReload(options, 'privacyMode', false);
    await options.close();
  }

  // Off again: the page asks by itself.
  await clearCacheFromOptions(extContext, extensionId);
  const page = await extContext.newPage();
  const before = resolveCount(serviceRequests);
  await page.goto(PEERJ);
  await expect(page.locator('[data-peerlens="badge"][data-state="resolved"]')).toHaveCount(9, { timeout: 20_000 });
  expect(resolveCount(serviceRequests) - before).toBe(1);
  await page.close();
});

test('pause, switched on by its checkbox: kept after a reload, no badges and no request; off again, badges', async ({ extContext, extensionId, serviceRequests }) => {
  const options = await openOptions(extContext, extensionId);
  await clickAndReload(options, 'paused', true);
  try {
    await clearCacheFromOptions(extContext, extensionId);
    const page = await extContext.newPage();
    const before = serviceRequests.length;
    await page.goto(PEERJ);
    await page.waitForTimeout(1500);
    await expect(badges(page)).toHaveCount(0);
    expect(serviceRequests.length - before).toBe(0);
    await page.close();
  } finally {
    await clickAndReload(options, 'paused', false);
    await options.close();
  }
  const page = await extContext.newPage();
  await page.goto(PEERJ);
  await expect(page.locator('[data-peerlens="badge"][data-state="resolved"]')).toHaveCount(9, { timeout: 20_000 });
  await page.close();
});

test('badge density and a site switch: chosen by clicking, kept after a reload, seen on the page', async ({ extContext, extensionId }) => {
  const options = await openOptions(extContext, extensionId);
  try {
    await options.getByLabel('the score only').click();
    await options.waitForTimeout(300);
    await options.reload();
    await expect(options.getByLabel('the score only')).toBeChecked();
    const page = await extContext.newPage();
    await page.goto(PEERJ);
    const first = page.locator('[data-peerlens="badge"][data-state="resolved"]').first();
    await expect(first).toBeVisible({ timeout: 20_000 });
    // The badge starts with a word joiner (U+2060) that keeps it on its name's line.
    expect(await first.evaluate((host) => host.shadowRoot?.textContent?.replace(/\u2060/g, '').trim())).toMatch(/^\d+$/);

    // PeerJ switched off on the options page: its pages get no badges.
    await clickAndReload(options, 'site-peerj', false);
    await page.reload();
    await page.waitForTimeout(1000);
    await expect(badges(page)).toHaveCount(0);
    await clickAndReload(options, 'site-peerj', true);
    await page.reload();
    await expect(page.locator('[data-peerlens="badge"][data-state="resolved"]')).toHaveCount(9, { timeout: 20_000 });
    await page.close();
  } finally {
    await options.getByLabel('the score and the verification level').click();
    await options.waitForTimeout(300);
    await options.reload();
    await expect(options.getByLabel('the score and the verification level')).toBeChecked();
    await options.close();
  }
});

test('sites and the service URL: bad input is refused with a clear message, a supported site is recognised, a saved URL is kept', async ({ extContext, extensionId, service }) => {
  const options = await openOptions(extContext, extensionId);
  const status = options.getByRole('status');
  await options.fill('input[name="new-site"]', 'not a url');
  await options.click('button[type="submit"]');
  await expect(status).toContainText('“not a url” is not a web address');
  await expect(options.locator('ul.added li')).toHaveCount(0);

  await options.fill('input[name="new-site"]', 'https://arxiv.org');
  await options.click('button[type="submit"]');
  await expect(status).toHaveText('arXiv is already supported: switch it on in the list above.');

  // While the browser's permission prompt is open, the message says so (not the last answer). A host no other
  // test visits: an added site is served by the publisher script from then on, not by the always-on detector.
  await options.fill('input[name="new-site"]', 'https://journals.example-society.org');
  await options.click('button[type="submit"]');
  await expect(status).not.toContainText('arXiv is already supported');
  await expect(status).toContainText('https://journals.example-society.org');

  await options.fill('input[name="service-url"]', 'http://not a url');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status).toContainText('is not a service address');
  await options.reload();
  await expect(options.locator('input[name="service-url"]')).toHaveValue(service.url);

  await options.fill('input[name="service-url"]', `${service.url}/`);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status).toHaveText('Service URL saved.');
  await options.reload();
  await expect(options.locator('input[name="service-url"]')).toHaveValue(`${service.url}/`);
  await options.close();
});

test('the options page follows a dark colour scheme: its fields and buttons are not left white', async ({ extContext, extensionId }) => {
  const options = await extContext.newPage();
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('h1')).toHaveText('PeerLens');
  const look = await options.evaluate(() => {
    const bg = (sel: string) => getComputedStyle(document.querySelector(sel)!).backgroundColor;
    return { body: bg('body'), field: bg('input[name="new-site"]'), button: bg('button[type="submit"]'), scheme: getComputedStyle(document.querySelector('input[name="paused"]')!).colorScheme };
  });
  const white = 'rgb(255, 255, 255)';
  expect(look.body).not.toBe(white);
  expect(look.body).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.field).not.toBe(white);
  expect(look.button).not.toBe(white);
  expect(look.button).not.toBe('rgb(239, 239, 239)'); // Chromium's unstyled button
  expect(look.scheme).toContain('dark');
  await options.close();
});

/**
 * A copy of the build whose manifest already holds the `notifications` permission: headless Chromium cannot
 * answer the prompt `permissions.request` opens, and with the permission in place it resolves at once, so the
 * switches themselves run for real. The shipped build is untouched.
 */
function buildWithNotifications(): string {
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-e2e-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions?: string[] };
  manifest.permissions = [...(manifest.permissions ?? []), 'notifications'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

test('notifications: switched on the options page, seen and switched off in the popup, kept across its tabs and a reload', async ({ service }) => {
  const dir = buildWithNotifications();
  const { context, profile } = await launchWithExtension(dir, service.url, [], []);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await setServiceUrl(worker, service.url);
    const extensionId = new URL(worker.url()).host;
    const options = await openOptions(context, extensionId);
    await clickAndReload(options, 'notifications', true);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Following/ }).click();
    const box = popup.getByRole('checkbox', { name: /Notify me of new works/ });
    await expect(box).toBeChecked();
    await box.click();
    await expect(box).not.toBeChecked();
    // Another tab and back: the Following tab is drawn again from what is stored, not from the popup's first read.
    await popup.getByRole('tab', { name: 'Search' }).click();
    await popup.getByRole('tab', { name: /Following/ }).click();
    await expect(popup.getByRole('checkbox', { name: /Notify me of new works/ })).not.toBeChecked();
    await popup.reload();
    await popup.getByRole('tab', { name: /Following/ }).click();
    await expect(popup.getByRole('checkbox', { name: /Notify me of new works/ })).not.toBeChecked();
    await options.reload();
    await expect(options.locator('input[name="notifications"]')).not.toBeChecked();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
