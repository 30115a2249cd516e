import type { Page } from '@playwright/test';
import { savedPage } from '../support/saved-pages';
import { test, expect } from './fixtures';

/**
 * Sites printing all authors as one text, in Chromium with the built extension: the author line is split
 * into one badge per name inside it (the page's text unchanged), and a paper without a DOI is sent by
 * title and year with the names shown (nothing else leaves the browser).
 */

const settled = (page: Page) => page.locator('[data-peerlens="badge"]:not([data-state="loading"])');
const badgeNames = (page: Page) => page.locator('[data-peerlens="badge"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.authorName));

const ORACLE = ['Alekh Agarwal', 'Martin J Wainwright', 'Peter Bartlett', 'Pradeep Ravikumar'];

test('a NeurIPS paper page: one badge per name of its one-line author list, sent by title and year', async ({ extContext, resolveBodies }) => {
  const page = await extContext.newPage();
  const before = resolveBodies.length;
  await page.goto(savedPage('neurips_2009_2387337b.from-zotero-translator.html').url);
  await expect(settled(page)).toHaveCount(4, { timeout: 30_000 });
  expect(await badgeNames(page)).toEqual(ORACLE);
  // Every badge sits inside the italic author line, never elsewhere on the page.
  expect(await page.locator('h4 + p > i [data-peerlens="badge"]').count()).toBe(4);
  expect(resolveBodies.slice(before)).toEqual([
    { papers: [{ title: 'Information-theoretic lower bounds on the oracle complexity of convex optimization', year: 2009, authors: ORACLE.map((name) => ({ name })) }] },
  ]);
  await page.close();
});

test("a Google Scholar profile: each row's shown names badged, the truncated lists' hidden names never sent", async ({ extContext, resolveBodies }) => {
  const page = await extContext.newPage();
  const before = resolveBodies.length;
  await page.goto(savedPage('google-scholar_profile.from-zotero-translator-and-scrapers.html').url);
  await expect(settled(page)).toHaveCount(6 + 3 + 7 + 7, { timeout: 30_000 });
  expect(await page.locator('#gsc_prf [data-peerlens="badge"], #gsc_rsb [data-peerlens="badge"]').count()).toBe(0);
  const sent = resolveBodies.slice(before).flatMap((b) => b.papers) as { title?: string; year?: number; authors: { name: string }[] }[];
  expect(sent.find((p) => p.title === 'Attention is all you need')).toEqual({ title: 'Attention is all you need', year: 2017, authors: ['A Vaswani', 'N Shazeer', 'N Parmar', 'J Uszkoreit', 'L Jones', 'AN Gomez'].map((name) => ({ name })) });
  await page.close();
});
