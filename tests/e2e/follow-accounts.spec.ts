import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { FollowingResponse } from '../../lib/api/actions';
import { savedPage } from '../support/saved-pages';
import { launchWithExtension } from './fixtures';
import { setServiceUrl } from '../../scripts/support/extension-settings';
import { extensionDir } from '../../scripts/support/extension-paths';
import { test, expect } from './support/sign-in-fixtures';

/**
 * Issue 8, item 2: two people on one browser, through the real controls. Heather Piwowar signs in and follows
 * Jason Priem from a badge card; she signs out; a follow is made signed out (the browser's); Josiah Carberry
 * signs in and is asked whether to add it, answers No, and the service shows none of Heather's follows for him;
 * asked again at his next sign-in he answers Yes, and only the browser's follow reaches his account.
 * A fresh browser profile of its own, so no other spec's follows or session are in it.
 */
const SHOTS = join('test-results', 'screenshots');
const PRIEM = 'A5023888391';
const PIWOWAR = { id: 'A5048491430', orcid: '0000-0003-1613-5981' };
const CARBERRY = '0000-0002-1825-0097';
const PEERJ = savedPage('peerj_4375.html').url;

type ChromeStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, { token?: string } | undefined>> } } } };

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let profileDir: string;

test.beforeAll(async ({ service }) => {
  const launched = await launchWithExtension(extensionDir, service.url, [], []);
  context = launched.context;
  profileDir = launched.profile;
  // The sign-in window (the local ORCID stand-in, on another 127.0.0.1 port) must get through.
  await context.route(
    (url) => url.hostname === '127.0.0.1',
    (route) => route.continue(),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  await setServiceUrl(worker, service.url);
});

test.afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

async function openPopup(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 520, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByLabel('Account')).toBeVisible();
  return page;
}

async function signIn(button: Locator, orcid: string): Promise<void> {
  // A new person on this browser: end the provider's own session first, as one signs out of ORCID.
  await context.clearCookies({ domain: '127.0.0.1', path: '/' });
  const login = context.waitForEvent('page');
  await button.click();
  const page = await login;
  await page.locator('input[name="orcid"]').fill(orcid);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens the saved PeerJ article and clicks Follow on this author's badge card. */
async function followFromCard(researcherId: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(PEERJ);
  const badge = page.locator(`[data-peerlens="badge"][data-researcher-id="${researcherId}"]`).first();
  await expect(badge).toHaveAttribute('data-state', 'resolved', { timeout: 30_000 });
  await badge.click();
  const card = page.locator('[data-peerlens="card"]');
  const follow = card.getByRole('button', { name: /^Follow(\b(?!ing)|$)/ });
  await follow.click();
  await expect(card.getByRole('button', { name: /^Following/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await page.close();
}

async function serviceFollowing(serviceUrl: string): Promise<string[]> {
  const stored = await worker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('session'));
  const token = stored.session?.token;
  expect(token).toBeTruthy();
  const res = await fetch(`${serviceUrl}/v1/me/following`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return FollowingResponse.parse(await res.json()).items.map((i) => i.researcherId);
}

test('a second person who signs in on the same browser inherits none of the first person’s follows', async ({ service }) => {
  const pop = await openPopup();
  await signIn(pop.getByRole('button', { name: 'Sign in with ORCID' }), PIWOWAR.orcid);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Heather Piwowar', { timeout: 20_000 });
  await followFromCard(PRIEM);
  // The card turns at once (optimistic); the service hears of it a moment later.
  await expect.poll(() => serviceFollowing(service.url), { timeout: 15_000 }).toEqual([PRIEM]);

  // Her sign-out takes her follows out of this browser's list.
  await pop.getByRole('button', { name: 'Sign out' }).click();
  await expect(pop.getByRole('button', { name: 'Sign in with ORCID' })).toBeVisible();
  await pop.getByRole('tab', { name: /Following/ }).click();
  await expect(pop.locator(`li[data-researcher-id="${PRIEM}"]`)).toHaveCount(0);

  // Signed out: this follow is the browser's.
  await followFromCard(PIWOWAR.id);
  await pop.reload();
  await pop.getByRole('tab', { name: /Following/ }).click();
  await expect(pop.locator(`li[data-researcher-id="${PIWOWAR.id}"]`)).toBeVisible({ timeout: 20_000 });
  await expect(pop.locator(`li[data-researcher-id="${PRIEM}"]`)).toHaveCount(0);

  // Josiah Carberry signs in: asked, not uploaded; he says no.
  await signIn(pop.getByRole('button', { name: 'Sign in with ORCID' }), CARBERRY);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Josiah Carberry', { timeout: 20_000 });
  const offer = pop.getByRole('group', { name: 'Follows from this browser' });
  await expect(offer).toContainText('Add your 1 follow from this browser to your account?');
  await pop.screenshot({ path: join(SHOTS, 'follow-offer.png') });
  expect(await serviceFollowing(service.url)).toEqual([]);
  await offer.getByRole('button', { name: /^No/ }).click();
  await expect(offer).toHaveCount(0);
  expect(await serviceFollowing(service.url)).toEqual([]);
  await pop.reload();
  await pop.getByRole('tab', { name: /Following/ }).click();
  await expect(pop.locator(`li[data-researcher-id="${PIWOWAR.id}"]`)).toContainText('on this browser only, not on your account', { timeout: 20_000 });

  // At his next sign-in he is asked again and says yes: only the browser's follow reaches his account.
  await pop.getByRole('button', { name: 'Sign out' }).click();
  await signIn(pop.getByRole('button', { name: 'Sign in with ORCID' }), CARBERRY);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Josiah Carberry', { timeout: 20_000 });
  await pop.getByRole('group', { name: 'Follows from this browser' }).getByRole('button', { name: /^Yes/ }).click();
  await expect(pop.getByRole('group', { name: 'Follows from this browser' })).toHaveCount(0);
  await expect.poll(() => serviceFollowing(service.url), { timeout: 15_000 }).toEqual([PIWOWAR.id]);
  await pop.close();
});
