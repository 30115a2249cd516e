/**
 * The build the other e2e tests load, checked against DESIGN.md's budget: each content script under
 * 30 KB gzipped, the card (loaded on first open) kept out of them, and card.js web-accessible only on
 * the sites the content scripts match. Sizes, not times.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleBudget, measureBundles } from '../../scripts/bundle-budget';
import { extensionDir } from '../../scripts/support/extension-paths';

test('each content script is within the 30 KB gzipped budget, and the card is not in them', () => {
  const { within, verdicts } = bundleBudget(measureBundles(extensionDir));
  console.log(verdicts.map((v) => v.line).join('\n'));
  expect(verdicts.map((v) => v.file)).toEqual(['arxiv.js', 'publisher.js']);
  expect(within, verdicts.map((v) => v.line).join('; ')).toBe(true);
  for (const v of verdicts) {
    const code = readFileSync(join(extensionDir, 'content-scripts', v.file), 'utf8');
    // AuthorCard's own words: present in card.js only.
    expect(code).not.toContain('Why this score?');
  }
  expect(existsSync(join(extensionDir, 'card.js'))).toBe(true);
  expect(readFileSync(join(extensionDir, 'card.js'), 'utf8')).toContain('Why this score?');
});

test('card.js is web-accessible exactly on the origins the content scripts match', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[] }[];
    web_accessible_resources: { resources: string[]; matches: string[] }[];
  };
  const origins = new Set(manifest.content_scripts.flatMap((c) => c.matches).map((m) => `${new URL(m.replace('*.', 'wildcard.')).origin.replace('wildcard.', '*.')}/*`));
  const card = manifest.web_accessible_resources.filter((w) => w.resources.includes('card.js'));
  expect(card).toHaveLength(1);
  expect(new Set(card[0]!.matches)).toEqual(origins);
  expect(card[0]!.matches.every((m) => !m.startsWith('<all_urls>') && !m.startsWith('https://*/') && !m.startsWith('http://'))).toBe(true);
});
