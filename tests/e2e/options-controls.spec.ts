import { test, expect } from './fixtures';

type ChromeStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
const storedSettings = () => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('settings').then((v) => JSON.stringify(v.settings ?? {}));

/**
 * The options page's pause and privacy mode as a reader uses them: clicked, the page reloaded, still set
 * (they were once never saved: the box was read after an await, when the event's currentTarget is null).
 */
test('pause and privacy mode are clicked, kept across a reload, and set back', async ({ extContext, extensionId }) => {
  const page = await extContext.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const paused = page.locator('input[name="paused"]');
  const privacy = page.locator('input[name="privacyMode"]');
  await expect(paused).not.toBeChecked();
  await paused.click();
  await privacy.click();
  await expect(privacy).toBeChecked();
  // Saved in storage before the reload (the page writes on change).
  await expect.poll(() => page.evaluate(storedSettings)).toContain('"privacyMode":true');
  await page.reload();
  await expect(paused).toBeChecked();
  await expect(privacy).toBeChecked();

  await paused.click();
  await privacy.click();
  await expect.poll(() => page.evaluate(storedSettings)).toContain('"privacyMode":false');
  await page.reload();
  await expect(paused).not.toBeChecked();
  await expect(privacy).not.toBeChecked();
  await page.close();
});
