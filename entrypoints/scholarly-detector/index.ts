/**
 * The always-on scholarly-page detector: registered by the background on every http(s) page except
 * the supported sites (which have their own content scripts), the sites the reader added and those
 * they switched off (lib/sites/detector-registration.ts). It reads the document head and, only on a
 * scholarly page, asks the background once to run the publisher script (generic adapter) in this frame.
 * Elsewhere it sends nothing. No polyfill, no shared code: it stays under 2 KB gzipped.
 */
import { SCHOLARLY_PAGE_MESSAGE } from '@/lib/protocol-names';
import { isScholarlyPage } from './scholarly-head';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | void;
}

export default defineUnlistedScript(() => {
  if (!isScholarlyPage(document)) return;
  // Firefox's `browser`, Chrome's `chrome` (both return a promise in MV3); no webextension-polyfill here.
  const api = (globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } });
  const runtime = api.browser?.runtime ?? api.chrome?.runtime;
  try {
    void Promise.resolve(runtime?.sendMessage({ type: SCHOLARLY_PAGE_MESSAGE })).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this page simply gets no badges.
  }
});
