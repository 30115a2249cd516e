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

test("listings of one-line sites: a CVF conference listing and a JSTOR issue's contents badge each entry's own authors and ask per entry", async ({ extContext, resolveBodies }) => {
  const page = await extContext.newPage();
  let before = resolveBodies.length;
  await page.goto(savedPage('cvf_cvpr2015_index.from-public-scrapers.html').url);
  await expect(settled(page)).toHaveCount(9 + 2 + 6, { timeout: 30_000 });
  // Every badge inside its entry's dd of author forms; the titles' dt and the links' dd get none.
  expect(await page.locator('dd > form.authsearch [data-peerlens="badge"]').count()).toBe(17);
  const cvf = resolveBodies.slice(before).flatMap((b) => b.papers) as { title?: string; year?: number; authors: { name: string }[] }[];
  expect(cvf.map((p) => [p.title, p.year, p.authors.length])).toEqual([
    ['Going Deeper With Convolutions', 2015, 9],
    ['Propagated Image Filtering', 2015, 2],
    ['Web Scale Photo Hash Clustering on A Single Machine', 2015, 6],
  ]);

  before = resolveBodies.length;
  await page.goto(savedPage('jstor_toc_i250748.from-zotero-translator.html').url);
  await expect(settled(page)).toHaveCount(3 + 3 + 1, { timeout: 30_000 });
  expect(await badgeNames(page)).toEqual(['I. H. Dimier-Poisson', 'D. T. Bout', 'P. Quéré', 'Wonseok Oh', 'Jin Nam Choi', 'Kimin Kim', 'Katherine Fusco']);
  const jstor = resolveBodies.slice(before).flatMap((b) => b.papers) as { doi?: string }[];
  expect(jstor.map((p) => p.doi)).toEqual(['10.2307/1593514', '10.2307/40398803', '10.2307/29533951']);
  await page.close();
});
