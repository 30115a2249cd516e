import 'fake-indexeddb/auto';
import nodeConsole from 'node:console';

// Saved arXiv pages link stylesheets and scripts the tests never load; treat them as loaded quietly.
const happyDOM = (globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM;
if (happyDOM) happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

// The build replaces this identifier (wxt.config.ts `define`); under Vitest it is a plain global.
(globalThis as { __PEERLENS_SERVICE_URL__?: string }).__PEERLENS_SERVICE_URL__ = 'http://127.0.0.1:8787';

// Saved publisher pages carry tracking iframes (Google Tag Manager, SSO frames) that happy-dom refuses to load and
// reports, with a stack, on Node's own console (the one it was given before Vitest's): known and harmless, so
// dropped by that exact message only.
const IFRAME_REFUSED = /^Failed to load iframe page ".*"\. Iframe page loading is disabled\.$/;
const consoleError = nodeConsole.error.bind(nodeConsole);
nodeConsole.error = (...args: unknown[]) => {
  const first = args[0];
  if (args.length === 1 && first instanceof Error && first.name === 'NotSupportedError' && IFRAME_REFUSED.test(first.message)) return;
  consoleError(...args);
};
