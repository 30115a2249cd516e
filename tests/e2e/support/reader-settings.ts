import type { Worker } from '@playwright/test';
import type { ReaderSettings } from '../../../lib/settings/reader-settings';

type ChromeStorage = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } } };

/** Stores the reader's settings the way the options page does (null: back to the defaults). */
export async function setReaderSettings(worker: Worker, settings: Partial<ReaderSettings> | null): Promise<void> {
  await worker.evaluate(async (value) => {
    const local = (globalThis as unknown as ChromeStorage).chrome.storage.local;
    if (value === null) await local.remove('settings');
    else await local.set({ settings: value });
  }, settings);
}
