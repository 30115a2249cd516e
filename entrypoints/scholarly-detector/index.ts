/**
 * The always-on scholarly-page detector: registered by the background on every http(s) page except
 * the supported sites (which have their own content scripts), the sites the reader added and those
 * they switched off (lib/sites/detector-registration.ts). It reads the document head and, only on a
 * scholarly page, asks the background once to run the publisher script (generic adapter) in this frame.
 * Elsewhere it sends nothing. No polyfill, no shared code: it stays under 2 KB gzipped and 1 ms.
 *
 * A plain script, built apart from WXT's entrypoints (scripts/build-detector.ts): it runs as it loads.
 */
import { SCHOLARLY_PAGE_MESSAGE } from '@/lib/protocol-names';
import { SCHOLARLY_CANDIDATE_XPATH, isScholarlyHead } from './scholarly-head';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | void;
}

// The candidate test inline, not in a function: each function a page runs is one more to compile there.
// 3 is XPathResult.BOOLEAN_TYPE (reading the constant would build the XPathResult interface object too).
if (document.evaluate(SCHOLARLY_CANDIDATE_XPATH, document, null, 3, null).booleanValue && isScholarlyHead(document.head)) {
  // Firefox's `browser`, Chrome's `chrome` (both return a promise in MV3); no webextension-polyfill here.
  const api = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = api.browser?.runtime ?? api.chrome?.runtime;
  try {
    void Promise.resolve(runtime?.sendMessage({ type: SCHOLARLY_PAGE_MESSAGE })).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this page simply gets no badges.
  }
}
