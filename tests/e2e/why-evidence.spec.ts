import { join } from 'node:path';
import { test, expect } from './fixtures';

/**
 * Issue 8, item 3, in Chromium on the built extension's full profile page, over the real service and the OpenAlex
 * replay: Jason Priem's record counts 62 works and OpenAlex lists one of them. The header and the works list agree
 * ("62 works", "Showing 1 of 62 works"); More works asks for the next page and says OpenAlex lists no more;
 * "Why this score?" claims only what was read, with its basis, and counts every check it lists.
 */
const SHOTS = join('test-results', 'screenshots');
const PRIEM = 'A5023888391';

test('the profile of a 62-work record that loaded 1 work says so everywhere, and its score claims only what was read', async ({ extContext, extensionId }) => {
  const page = await extContext.newPage();
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/profile.html#${PRIEM}`);
  const main = page.locator('main');
  await expect(main).toContainText('Jason Priem', { timeout: 30_000 });
  await expect(main).toContainText('62 works');

  await expect(page.getByText('Showing 1 of 62 works')).toBeVisible();
  await page.getByRole('button', { name: 'More works (61 more)' }).click();
  await expect(page.getByRole('note')).toHaveText('OpenAlex counts 62 works for this record but lists only this one; the others cannot be shown here.');
  await expect(page.getByRole('button', { name: /More works/ })).toHaveCount(0);

  await page.getByRole('button', { name: /Why this score\?/ }).first().click();
  const why = page.locator('.breakdown').first();
  await expect(why).toContainText('1 work not retracted (checked 1 of 62 works)');
  await expect(why).not.toContainText('62 works not retracted');
  await expect(why).toContainText(/% not preprints \(from 1 of 62 works\) — too few works read to judge: 5% of its points/);
  await expect(why).toContainText('62 works (the author record’s own works count)');
  // Identity lists six checks, and says six.
  const identity = why.locator('li.part').filter({ hasText: 'Identity' }).first();
  await expect(identity.locator('.inputs > li')).toHaveCount(6);
  await expect(identity.locator('.words')).toHaveText(/^\d of 6 checks met/);
  await page.screenshot({ path: join(SHOTS, 'why-evidence.png'), fullPage: true });
  await page.close();
});
