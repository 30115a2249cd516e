import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { savedPage } from '../support/saved-pages';
import { test, expect } from './support/sign-in-fixtures';

/**
 * Follow, claim and connect end to end: the built extension in Chromium, the real service over the OpenAlex
 * replay, signed in through the local OpenID provider standing in for ORCID (server/dev/). One story, in order:
 * a reader follows Jason Priem from a badge card on the saved PeerJ page; Jason signs in and claims his
 * record (approved by ORCID iD: Claimed, L3) and opens himself to collaboration; Josiah Carberry invites him
 * from the same card; Jason accepts and both contacts show.
 */

const SHOTS = join('test-results', 'screenshots');
const PRIEM = { id: 'A5023888391', orcid: '0000-0001-6187-6610' };
const CARBERRY = '0000-0002-1825-0097';
const PEERJ = savedPage('peerj_4375.html').url;

test.describe.configure({ mode: 'serial' });

const priemBadge = (page: Page) => page.locator(`[data-peerlens="badge"][data-researcher-id="${PRIEM.id}"]`);
const card = (page: Page) => page.locator('[data-peerlens="card"]');

async function openPriemCard(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(PEERJ);
  await expect(priemBadge(page)).toHaveAttribute('data-state', 'resolved', { timeout: 30_000 });
  await priemBadge(page).click();
  await expect(card(page).getByRole('button', { name: /^Follow|^Following/ })).toBeVisible();
  return page;
}

async function popup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 520, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByLabel('Account')).toBeVisible();
  return page;
}

/** Clicks a sign-in button and types the iD at the local provider's login page (a new page of the context). */
async function signIn(context: BrowserContext, button: Locator, orcid: string): Promise<void> {
  // Another person signs in on this browser: end the provider's own session first, as one would sign out
  // of ORCID (otherwise it signs the previous person in again without asking).
  await context.clearCookies({ domain: '127.0.0.1', path: '/' });
  const login = context.waitForEvent('page');
  await button.click();
  const page = await login;
  await page.locator('input[name="orcid"]').fill(orcid);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('follow from a badge card on a saved PeerJ page, then see it in Following', async ({ extContext, extensionId }) => {
  const page = await openPriemCard(extContext);
  const follow = card(page).getByRole('button', { name: 'Follow', exact: true });
  await follow.click();
  await expect(card(page).getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'actions-card-follow.png') });

  const pop = await popup(extContext, extensionId);
  await pop.getByRole('tab', { name: /Following/ }).click();
  const item = pop.locator(`li[data-researcher-id="${PRIEM.id}"]`);
  await expect(item).toContainText('Jason Priem', { timeout: 20_000 });
  await expect(item.getByLabel('Newest works')).toBeVisible({ timeout: 20_000 });
  await pop.screenshot({ path: join(SHOTS, 'actions-following.png') });
  await pop.close();
  await page.close();
});

test('sign in as Jason Priem, claim his record from the card (approved, Claimed, L3), open to collaborate', async ({ extContext, extensionId }) => {
  const pop = await popup(extContext, extensionId);
  await signIn(extContext, pop.getByRole('button', { name: 'Sign in with ORCID' }), PRIEM.orcid);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Jason Priem', { timeout: 20_000 });
  await expect(pop.getByLabel('Account')).toContainText(PRIEM.orcid);

  const page = await openPriemCard(extContext);
  const window = extContext.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Claim this record' }).click();
  const actions = await window;
  await actions.setViewportSize({ width: 480, height: 720 });
  await actions.getByRole('button', { name: 'Claim this record' }).click();
  const result = actions.locator('[data-claim-status]');
  await expect(result).toHaveAttribute('data-claim-status', 'approved', { timeout: 20_000 });
  await expect(result).toContainText('Verification L3');
  await actions.screenshot({ path: join(SHOTS, 'actions-claim-approved.png') });
  await actions.close();

  // The background forgot the cached answers showing him: a reload resolves again, at L3 and claimed.
  await page.reload();
  await expect(priemBadge(page)).toHaveAttribute('data-verification', 'L3', { timeout: 30_000 });
  await priemBadge(page).click();
  await expect(card(page).getByRole('button', { name: 'Following', exact: true })).toBeVisible();
  await expect(card(page)).toContainText('Claimed author');
  await expect(card(page)).toContainText('Verification L3');
  await page.screenshot({ path: join(SHOTS, 'actions-card-claimed.png') });
  await page.close();

  await pop.reload();
  await pop.getByRole('tab', { name: 'My profile' }).click();
  const open = pop.getByRole('checkbox', { name: 'Open to collaborate' });
  // Headed by the record's name, not its raw id; no advice to go where the reader already is.
  const mine = pop.getByRole('region', { name: 'My profile' });
  await expect(mine.getByRole('heading', { name: 'Jason Priem' })).toBeVisible({ timeout: 20_000 });
  await expect(mine).not.toContainText('in My profile');
  // The box sits on its label's line.
  const [boxAt, labelAt] = await Promise.all([open.boundingBox(), mine.getByText('Open to collaborate', { exact: true }).boundingBox()]);
  expect(Math.abs(boxAt!.y + boxAt!.height / 2 - (labelAt!.y + labelAt!.height / 2))).toBeLessThan(6);
  expect(labelAt!.x - (boxAt!.x + boxAt!.width)).toBeLessThan(16);
  await open.click();
  await expect(pop.getByRole('status').filter({ hasText: 'You are open to collaborate.' })).toBeVisible();
  await mine.getByLabel('One-line headline').fill('Open scholarly infrastructure');
  await mine.getByRole('button', { name: 'Save headline' }).click();
  await expect(pop.getByRole('status').filter({ hasText: 'Headline saved.' })).toBeVisible();
  // Kept: after a reload the box is still ticked and the headline still there.
  await pop.reload();
  await pop.getByRole('tab', { name: 'My profile' }).click();
  await expect(pop.getByRole('checkbox', { name: 'Open to collaborate' })).toBeChecked({ timeout: 20_000 });
  await expect(pop.getByLabel('One-line headline')).toHaveValue('Open scholarly infrastructure');
  await pop.screenshot({ path: join(SHOTS, 'actions-my-profile.png') });
  await pop.close();
});

test('as Josiah Carberry, invite Jason from the card; as Jason, accept: both contacts show', async ({ extContext, extensionId }) => {
  const pop = await popup(extContext, extensionId);
  await pop.getByRole('button', { name: 'Sign out' }).click();
  await signIn(extContext, pop.getByRole('button', { name: 'Sign in with ORCID' }), CARBERRY);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Josiah Carberry', { timeout: 20_000 });

  const page = await openPriemCard(extContext);
  const window = extContext.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Connect' }).click();
  const actions = await window;
  await actions.setViewportSize({ width: 480, height: 720 });
  const form = actions.getByRole('form', { name: 'Invite Jason Priem' });
  await expect(form.locator('input[name="paper"]')).toHaveValue('10.7717/peerj.4375');
  await form.locator('textarea[name="message"]').fill('I enjoyed your open-access study. Could we compare it with our repository data?');
  await expect(form.locator('.counter')).toHaveText('79 / 500');
  await form.locator('input[name="contact"]').fill('josiah@example.org');
  await actions.screenshot({ path: join(SHOTS, 'actions-connect-form.png') });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(actions.getByRole('status')).toContainText('Invitation sent to Jason Priem', { timeout: 20_000 });
  await actions.close();
  await page.close();

  await pop.getByRole('button', { name: 'Sign out' }).click();
  await signIn(extContext, pop.getByRole('button', { name: 'Sign in with ORCID' }), PRIEM.orcid);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Jason Priem', { timeout: 20_000 });
  await expect(pop.getByRole('tab', { name: /Inbox/ })).toContainText('1');
  await pop.getByRole('tab', { name: /Inbox/ }).click();
  const invitation = pop.locator('li[data-invitation-status="pending"]');
  await expect(invitation).toContainText('Josiah Carberry');
  await invitation.locator('input[name="contact"]').fill('jason@example.org');
  await pop.screenshot({ path: join(SHOTS, 'actions-inbox.png') });
  await invitation.getByRole('button', { name: 'Accept' }).click();
  const accepted = pop.locator('li[data-invitation-status="accepted"]');
  await expect(accepted.locator('[data-contacts]')).toContainText('josiah@example.org');
  await expect(accepted.locator('[data-contacts]')).toContainText('jason@example.org');
  await pop.screenshot({ path: join(SHOTS, 'actions-accepted.png') });
  await pop.close();
});

test('as Jonathan Roberts, dispute Jason’s claim from the full profile; both see the open dispute in My profile', async ({ extContext, extensionId }) => {
  const ROBERTS = '0000-0001-7718-3181';
  const pop = await popup(extContext, extensionId);
  await pop.getByRole('button', { name: 'Sign out' }).click();
  await signIn(extContext, pop.getByRole('button', { name: 'Sign in with ORCID' }), ROBERTS);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Jonathan C. Roberts', { timeout: 20_000 });

  const profile = await extContext.newPage();
  await profile.setViewportSize({ width: 1100, height: 900 });
  await profile.goto(`chrome-extension://${extensionId}/profile.html#${PRIEM.id}`);
  // Behind a disclosure: not offered outright on every claimed record.
  const isThisYou = profile.getByText('Claimed by someone else. Is this you?');
  await expect(isThisYou).toBeVisible({ timeout: 30_000 });
  await expect(profile.getByRole('button', { name: 'This is my record — dispute the claim' })).toBeHidden();
  await isThisYou.click();
  await profile.getByRole('button', { name: 'This is my record — dispute the claim' }).click();
  await expect(profile.getByRole('group', { name: 'Dispute the claim' })).toContainText('the owner is told');
  await profile.getByRole('button', { name: 'Open the dispute' }).click();
  const result = profile.locator('[data-claim-status]');
  await expect(result).toHaveAttribute('data-claim-status', 'disputed', { timeout: 20_000 });
  await expect(result).toContainText('Your dispute is under review');
  // The page reloads the record: Roberts's ORCID record lists none of its works, so Jason's score stays, marked Disputed.
  await expect(profile.locator('main')).toContainText('Claimed author');
  await expect(profile.locator('main [data-disputed="true"]').first()).toHaveText('Disputed', { timeout: 20_000 });
  await expect(profile.locator('main')).toContainText(/Trust \d+ ·/);
  await expect(result).toContainText('its score stays, marked disputed');
  await profile.screenshot({ path: join(SHOTS, 'actions-dispute.png') });
  await profile.close();

  await pop.reload();
  await pop.getByRole('tab', { name: 'My profile' }).click();
  await expect(pop.locator('[data-dispute-role="claimant"]')).toContainText('Your dispute of Jason Priem is under review.');

  await pop.getByRole('button', { name: 'Sign out' }).click();
  await signIn(extContext, pop.getByRole('button', { name: 'Sign in with ORCID' }), PRIEM.orcid);
  await expect(pop.getByLabel('Account')).toContainText('Signed in as Jason Priem', { timeout: 20_000 });
  await pop.getByRole('tab', { name: 'My profile' }).click();
  await expect(pop.locator('[data-dispute-role="owner"]')).toContainText(`Your claim of Jason Priem is disputed by Jonathan C. Roberts (ORCID ${ROBERTS}).`);
  await pop.screenshot({ path: join(SHOTS, 'actions-dispute-owner.png') });
  await pop.close();
});
