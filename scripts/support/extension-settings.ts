import { expect, type BrowserContext, type Worker } from '@playwright/test';

type ChromeStorage = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };

/** Points the extension at a service, the way the options page stores the reader's choice. */
export async function setServiceUrl(worker: Worker, url: string): Promise<void> {
  await worker.evaluate((u) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ serviceUrl: u }), url);
}

/** Empties the extension's look-up cache the way a reader does: the options page's "Clear cache". */
export async function clearCacheFromOptions(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.click('button[name="clear-cache"]');
  await expect(options.getByRole('status')).toHaveText('Cache cleared.');
  await options.close();
}
