import type { Worker } from '@playwright/test';

type ChromeStorage = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };

/** Points the extension at a service, the way the options page stores the reader's choice. */
export async function setServiceUrl(worker: Worker, url: string): Promise<void> {
  await worker.evaluate((u) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ serviceUrl: u }), url);
}
