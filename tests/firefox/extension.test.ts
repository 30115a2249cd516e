/**
 * The Firefox tier: the built Firefox add-on (.output/firefox-mv2, MV2) installed as a temporary add-on in
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core; saved pages served at their real URLs,
 * the real local service over the recorded OpenAlex answers, sign-in through the local ORCID stand-in.
 * One browser for the whole file; the tests run in order (node:test runs a file's tests one after another).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { savedPage } from '../support/saved-pages';
import { clickButton, deepText, typeInto, until } from './support/dom';
import { builtManifest, extensionOrigin, launchFirefox, reloadExtensionPage, waitForTab, type FirefoxWithExtension } from './support/firefox';
import { startStack } from '../support/sign-in-stack';

const PRIEM = { id: 'A5023888391', orcid: '0000-0001-6187-6610' };
const PEERJ = savedPage('peerj_4375.html').url;
const ARXIV = 'https://arxiv.org/abs/1706.03762v7';
const BADGE = '[data-peerlens="badge"]';
const CARD = '[data-peerlens="card"]';

let stack: Awaited<ReturnType<typeof startStack>>;
let ff: FirefoxWithExtension;

before(async () => {
  stack = await startStack('firefox');
  ff = await launchFirefox();
  // Point the add-on at the local service the way a reader does: the options page's service URL field.
  const options = await ff.extensionPage('options.html');
  await typeInto(options, 'input[name="service-url"]', stack.service.url);
  await clickButton(options, /^Save$/);
  await until(options, 'the saved service URL', () => /saved|Saved/.test(document.querySelector('[role="status"]')?.textContent ?? ''), null);
  await options.close();
});

after(async () => {
  await ff?.close();
  await stack?.close();
});

async function settledBadges(page: Page, count: number): Promise<{ name: string; state: string; id?: string; score?: string; verification?: string }[]> {
  await until(page, `${count} settled badges`, ([sel, n]) => document.querySelectorAll(`${sel}:not([data-state="loading"])`).length === n, [BADGE, count] as const, 30_000);
  return page.$$eval(BADGE, (els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { name: d.authorName ?? '', state: d.state ?? '', id: d.researcherId, score: d.trustScore, verification: d.verification };
    }),
  );
}

test('the Firefox build is Manifest V2 with its gecko id, and asks for no host beyond its content scripts', () => {
  const manifest = builtManifest() as { manifest_version: number; browser_specific_settings: { gecko: { id: string } }; permissions: string[] };
  assert.equal(manifest.manifest_version, 2);
  assert.equal(manifest.browser_specific_settings.gecko.id, 'peerlens@peerlens.org');
  assert.deepEqual(manifest.permissions.filter((p) => p.includes('://') || p === '<all_urls>'), []);
});

test('badges on an arXiv abstract page: one per author, each settled', async () => {
  const page = await ff.newPage();
  await page.goto(ARXIV);
  const badges = await settledBadges(page, 8);
  assert.equal(badges[0]?.name, 'Ashish Vaswani');
  for (const b of badges) assert.ok(['resolved', 'ambiguous', 'unresolved'].includes(b.state), `${b.name}: ${b.state}`);
  await page.close();
});

test('badges on the PeerJ page, resolved with scores; the card (card.js by dynamic import), Why this score?, Open full profile', async () => {
  const page = await ff.newPage();
  await page.setViewport({ width: 1000, height: 1000 });
  await page.goto(PEERJ);
  const priem = `${BADGE}[data-researcher-id="${PRIEM.id}"]`;
  await until(page, 'Jason Priem resolved', (sel) => document.querySelector(sel)?.getAttribute('data-state') === 'resolved', priem, 30_000);
  assert.match((await page.$eval(priem, (e) => e.getAttribute('data-trust-score'))) ?? '', /^\d+$/);
  assert.equal(await page.$eval(priem, (e) => e.getAttribute('data-verification')), 'L2');

  await page.click(priem);
  await until(page, 'the card with Jason Priem', (sel) => /Jason Priem/.test(document.querySelector(sel)?.shadowRoot?.textContent ?? ''), CARD);
  await clickButton(page, /Why this score\?/, CARD);
  await until(page, 'the score breakdown', (sel) => ['Identity', 'Track record', 'Community', 'Network', 'Integrity'].every((p) => (document.querySelector(sel)?.shadowRoot?.textContent ?? '').includes(p)), CARD);
  // The sum in words ends on the card's score, and the badge shows that same (freshest) snapshot.
  const score = (await deepText(page, CARD)).match(/Trust (\d+) · \w+ = [^]*? floored\./)?.[1];
  assert.ok(score, 'the card states its sum');
  await until(page, `the badge at ${score}`, ([sel, s]) => document.querySelector(sel)?.getAttribute('data-trust-score') === s, [priem, score] as const);

  await clickButton(page, /^Open full profile$/, CARD);
  const profile = await waitForTab(ff.browser, `${extensionOrigin}/profile.html#${PRIEM.id}`);
  await until(profile, 'the full profile heading', () => document.querySelector('h1')?.textContent === 'Jason Priem', null);
  await profile.close();
  await page.close();
});

/** The popup page in a tab, as the toolbar button opens it. */
async function popup(): Promise<Page> {
  const page = await ff.extensionPage('popup.html');
  await page.setViewport({ width: 520, height: 800 });
  await page.waitForSelector('[aria-label="Account"]', { timeout: 20_000 });
  return page;
}

const BOX = 'input[role="combobox"]';
const optionTexts = (page: Page) => page.$$eval('[role="option"]', (els) => els.map((e) => (e.textContent ?? '').trim()));

test('popup: look up by ORCID iD and by name, open a profile', async () => {
  const page = await popup();
  await typeInto(page, BOX, PRIEM.orcid);
  await until(page, 'one candidate for the iD', () => document.querySelectorAll('[role="option"]').length === 1, null);
  assert.match((await optionTexts(page))[0] ?? '', /^Jason Priem/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await until(page, 'the profile of Jason Priem', () => document.querySelector('h1')?.textContent === 'Jason Priem', null);
  await clickButton(page, /← Back/);

  await typeInto(page, BOX, 'mearman');
  await until(page, 'several namesakes', () => document.querySelectorAll('[role="option"]').length > 1, null);
  const joseph = (await optionTexts(page)).findIndex((t) => t.startsWith('Joseph Mearman'));
  assert.ok(joseph >= 0, 'Joseph Mearman is among the candidates');
  for (let i = 0; i <= joseph; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await until(page, 'the profile of Joseph Mearman', () => document.querySelector('h1')?.textContent === 'Joseph Mearman', null);
  await page.close();
});

const checked = (page: Page, name: string) => page.$eval(`input[name="${name}"]`, (e) => (e as HTMLInputElement).checked);

test('options: pause and privacy mode are clicked, kept across a reload, and obeyed on a page', async () => {
  const options = await ff.extensionPage('options.html');
  await options.waitForSelector('input[name="paused"]');
  assert.equal(await checked(options, 'paused'), false);
  await options.click('input[name="paused"]');
  await until(options, 'pause saved', () => (document.querySelector('input[name="paused"]') as HTMLInputElement).checked, null);
  await new Promise((r) => setTimeout(r, 300));
  await reloadExtensionPage(options);
  await options.waitForSelector('input[name="paused"]');
  assert.equal(await checked(options, 'paused'), true, 'pause is kept');

  // Paused: a supported page gets no badge at all.
  const paused = await ff.newPage();
  await paused.goto('https://arxiv.org/abs/1206.4638v1');
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await paused.$$(BADGE)).length, 0);
  await paused.close();

  await options.click('input[name="paused"]');
  await options.click('input[name="privacyMode"]');
  await new Promise((r) => setTimeout(r, 300));
  await reloadExtensionPage(options);
  await options.waitForSelector('input[name="privacyMode"]');
  assert.equal(await checked(options, 'paused'), false);
  assert.equal(await checked(options, 'privacyMode'), true, 'privacy mode is kept');

  // Privacy mode: badges wait (idle) until one is clicked.
  const page = await ff.newPage();
  await page.goto('https://arxiv.org/abs/1206.4638v1');
  await until(page, 'three idle badges', (sel) => [...document.querySelectorAll(sel)].filter((b) => b.getAttribute('data-state') === 'idle').length === 3, BADGE);
  await page.close();

  await options.click('input[name="privacyMode"]');
  await new Promise((r) => setTimeout(r, 300));
  await options.close();
});

const CARBERRY = '0000-0002-1825-0097';
const PRIEM_BADGE = `${BADGE}[data-researcher-id="${PRIEM.id}"]`;

/**
 * Sign in from the popup: `identity.launchWebAuthFlow` opens the local provider's login page in a window of
 * its own; the flow ends on Firefox's redirect URL (https://<sha1 of the add-on id>.extensions.allizom.org/),
 * which the service must accept.
 */
async function signIn(pop: Page, orcid: string): Promise<void> {
  // Another person signs in: end the provider's own session first, as one would sign out of ORCID.
  await ff.browser.deleteMatchingCookies({ name: '_session', domain: '127.0.0.1' }, { name: '_session.legacy', domain: '127.0.0.1' });
  for (const cookie of await ff.browser.cookies()) if (cookie.domain.includes('127.0.0.1')) await ff.browser.deleteCookie(cookie);
  await clickButton(pop, /^Sign in with ORCID$|^Sign in again$/);
  const login = await waitForTab(ff.browser, stack.issuer);
  await typeInto(login, 'input[name="orcid"]', orcid);
  await clickButton(login, /^Sign in$/);
}

async function signedInAs(pop: Page, name: string): Promise<void> {
  await until(pop, `signed in as ${name}`, (n) => (document.querySelector('[aria-label="Account"]')?.textContent ?? '').includes(`Signed in as ${n}`), name, 30_000);
}

async function priemCard(): Promise<Page> {
  const page = await ff.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(PEERJ);
  await until(page, 'Jason Priem resolved', (sel) => document.querySelector(sel)?.getAttribute('data-state') === 'resolved', PRIEM_BADGE, 30_000);
  await page.click(PRIEM_BADGE);
  await until(page, 'the card’s actions', (sel) => /Follow|Following/.test(document.querySelector(sel)?.shadowRoot?.textContent ?? ''), CARD);
  return page;
}

const toolbar = (page: Page) =>
  page.evaluate(async () => {
    const action = (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } }).browser.browserAction;
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });

test('sign in through the local ORCID stand-in, follow from the card, claim; an invitation shows on the toolbar count', async () => {
  const pop = await popup();
  await signIn(pop, PRIEM.orcid);
  await signedInAs(pop, 'Jason Priem');
  assert.match(await deepText(pop, '[aria-label="Account"]'), new RegExp(PRIEM.orcid));

  // Follow from the card: one trusted click, kept, with Undo.
  const page = await priemCard();
  await clickButton(page, /^Follow$/, CARD);
  await until(page, 'Following', (sel) => [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('button[aria-pressed="true"]') ?? [])].some((b) => /^Following$/.test((b.textContent ?? '').trim())), CARD);

  // Claim from the card: the actions window (an extension page) decides it at once by ORCID iD.
  await clickButton(page, /^Claim this record$/, CARD);
  const actions = await waitForTab(ff.browser, `${extensionOrigin}/actions.html`);
  await clickButton(actions, /^Claim this record$/);
  await until(actions, 'the claim approved', () => document.querySelector('[data-claim-status]')?.getAttribute('data-claim-status') === 'approved', null, 30_000);
  await actions.close();
  await page.close();

  // Open to collaborate, so that others may invite him.
  await reloadExtensionPage(pop);
  await signedInAs(pop, 'Jason Priem');
  await clickButton(pop, /^My profile/);
  await pop.waitForSelector('input[name="open-to-collaborate"]');
  await pop.click('input[name="open-to-collaborate"]');
  await until(pop, 'open to collaborate saved', () => (document.body.textContent ?? '').includes('You are open to collaborate.'), null);
  assert.equal((await toolbar(pop)).text, '');

  // Josiah Carberry invites him from the same card.
  await clickButton(pop, /^Sign out$/);
  await signIn(pop, CARBERRY);
  await signedInAs(pop, 'Josiah Carberry');
  const card = await priemCard();
  await clickButton(card, /^Connect$/, CARD);
  const connect = await waitForTab(ff.browser, `${extensionOrigin}/actions.html#connect`);
  await typeInto(connect, 'textarea[name="message"]', 'Could we compare your study with our repository data?');
  await typeInto(connect, 'input[name="contact"]', 'josiah@example.org');
  await clickButton(connect, /^Send invitation$/);
  await until(connect, 'the invitation sent', () => (document.querySelector('[role="status"]')?.textContent ?? '').includes('Invitation sent to Jason Priem'), null);
  await connect.close();
  await card.close();

  // Jason signs in again: the unread invitation is counted on the toolbar icon.
  await clickButton(pop, /^Sign out$/);
  await signIn(pop, PRIEM.orcid);
  await signedInAs(pop, 'Jason Priem');
  await until(pop, 'the toolbar count', async () => (await (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({})) === '1', null);
  assert.match((await toolbar(pop)).title, /1 unread invitation/);
  await pop.close();
});

test('context menu: the look-up item is registered; the look-up it opens is prefilled and recognises an iD and a name', async () => {
  const pop = await popup();
  // The item exists (updating an unknown id fails). Its click cannot be driven: WebDriver reaches no native menu.
  const registered = await pop.evaluate(async () => {
    const menus = (globalThis as unknown as { browser: { contextMenus: { update(id: string, p: object): Promise<void> } } }).browser.contextMenus;
    try {
      await menus.update('peerlens-lookup', {});
      return true;
    } catch {
      return false;
    }
  });
  assert.equal(registered, true);
  await pop.close();

  // The page the item's click opens (lib/lookup/selection-query.ts lookupPath), for a selected ORCID iD URL…
  const byId = await ff.extensionPage(`popup.html?lookup=${encodeURIComponent('https://orcid.org/0000-0001-6187-6610')}`);
  await until(byId, 'the iD recognised', () => document.querySelector('[data-lookup-kind="orcid"]')?.textContent === 'Looking up the ORCID iD 0000-0001-6187-6610.', null);
  assert.equal(await byId.$eval(BOX, (e) => (e as HTMLInputElement).value), '0000-0001-6187-6610');
  await until(byId, 'one candidate', () => document.querySelectorAll('[role="option"]').length === 1, null);
  assert.match((await optionTexts(byId))[0] ?? '', /^Jason Priem/);
  await byId.close();

  // …and for a selected name.
  const byName = await ff.extensionPage(`popup.html?lookup=${encodeURIComponent('  Joseph\n Mearman ')}`);
  await until(byName, 'the name recognised', () => document.querySelector('[data-lookup-kind="name"]')?.textContent === 'Looking up the name “Joseph Mearman”.', null);
  await until(byName, 'Joseph Mearman among the candidates', () => [...document.querySelectorAll('[role="option"]')].some((o) => (o.textContent ?? '').startsWith('Joseph Mearman')), null);
  await byName.close();
});
