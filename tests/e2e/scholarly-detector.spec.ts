import { chromium, expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECTOR_SCRIPT_FILE } from '../../lib/sites/detector-registration';
import { SCHOLARLY_PAGE_MESSAGE } from '../../lib/protocol-names';
import { detectorSaysScholarly } from '../support/detector-verdicts';
import { LARGE_PAGE_URL, PLAIN_NEWS_URL, largeNonScholarlyPage, plainNewsPage } from '../../scripts/support/plain-pages';
import { SAVED_PAGES, readPage } from '../support/saved-pages';
import { savedArxivPages } from './support/arxiv-pages';
import { chromiumPath, extensionDir } from '../../scripts/support/extension-paths';

/**
 * The always-on detector as built (`.output/chrome-mv3/scholarly-detector.js`), run in Chromium, the engine
 * whose XPath and DOM it relies on (the unit tests' DOM has no XPath), on every saved page, every saved arXiv
 * abstract page, each metadata vocabulary and the benchmark's plain pages: it sends its one message exactly on
 * the scholarly ones and nothing anywhere else. The pages' own scripts do not run; the script is given a
 * `browser.runtime` that records what it sends.
 */

let browser: Browser;
let context: BrowserContext;
const served = new Map<string, string>();
const detector = () => readFileSync(join(extensionDir, DETECTOR_SCRIPT_FILE), 'utf8');

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  context = await browser.newContext({ javaScriptEnabled: false });
  // Only the page itself is answered; its images, styles and scripts are refused.
  await context.route('**/*', (route) => {
    const html = served.get(route.request().url());
    return html === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
});

test.afterAll(async () => {
  await browser.close();
});

/** The messages the built detector sends on `html` served at `url`. */
async function messagesOn(url: string, html: string): Promise<unknown[]> {
  served.set(url, html);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return await page.evaluate((source) => {
      const sent: unknown[] = [];
      (globalThis as { browser?: unknown }).browser = { runtime: { sendMessage: (m: unknown) => (sent.push(m), Promise.resolve()) } };
      (0, eval)(source);
      return sent;
    }, detector());
  } finally {
    await page.close();
    served.delete(url);
  }
}

const asked = [{ type: SCHOLARLY_PAGE_MESSAGE }];

test('every saved page: one message on a scholarly page, none on any other', async () => {
  test.setTimeout(180_000);
  const wrong: string[] = [];
  for (const [i, saved] of SAVED_PAGES.entries()) {
    const sent = await messagesOn(`https://detector.test/${i}/${saved.file}`, readPage(saved));
    const expected = detectorSaysScholarly(saved) ? asked : [];
    if (JSON.stringify(sent) !== JSON.stringify(expected)) wrong.push(`${saved.file}: sent ${JSON.stringify(sent)}`);
  }
  expect(wrong).toEqual([]);
});

test('every saved arXiv abstract page is scholarly', async () => {
  test.setTimeout(120_000);
  for (const abs of savedArxivPages()) expect(await messagesOn(`https://detector.test/arxiv/${abs.file}`, abs.html), abs.file).toEqual(asked);
});

test('each vocabulary, in either case, passes the native candidate test on to the full reading', async () => {
  const page = (head: string) => `<!doctype html><html><head><title>t</title>${head}</head><body><p>x</p></body></html>`;
  const scholarly = [
    '<meta name="Citation_Title" content="A paper">',
    '<meta name="DC.Creator" content="Doe, J"><meta name="DC.Identifier" content="doi:10.1234/abc.5">',
    '<meta name="prism.doi" content="10.1234/abc.5"><meta name="prism.publicationName" content="J">',
    '<meta property="og:type" content="article"><meta name="DOI" content="10.1234/abc.5">',
    '<script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>',
    '<script type="Application/LD+JSON">{"@graph":[{"@type":"WebPage"},{"@type":["MedicalScholarlyArticle"]}]}</script>',
  ];
  const not = [
    '<meta property="og:type" content="article"><meta name="author" content="A Writer">',
    '<meta name="dc.title" content="Opening hours"><meta name="dc.creator" content="Library">',
    '<script type="application/ld+json">{"@type":"NewsArticle","citation":{"@type":"ScholarlyArticle"}}</script>',
    '<meta name="dc.type" content="News"><meta name="citation_doi" content="10.1038/d41586-020-02610-z">',
  ];
  for (const [i, head] of scholarly.entries()) expect(await messagesOn(`https://detector.test/yes/${i}`, page(head)), head).toEqual(asked);
  for (const [i, head] of not.entries()) expect(await messagesOn(`https://detector.test/no/${i}`, page(head)), head).toEqual([]);
  // Only the head counts: a reference list's metadata in the body is not the page's own.
  const inBody = '<!doctype html><html><head><title>t</title></head><body><p>x</p><meta name="citation_title" content="x"><script type="application/ld+json">{"@type":"ScholarlyArticle"}</script></body></html>';
  expect(await messagesOn('https://detector.test/body', inBody)).toEqual([]);
});

test('the benchmark’s plain news page and 5,000-element page send nothing', async () => {
  expect(await messagesOn(PLAIN_NEWS_URL, plainNewsPage())).toEqual([]);
  expect(await messagesOn(LARGE_PAGE_URL, largeNonScholarlyPage(5000))).toEqual([]);
});
