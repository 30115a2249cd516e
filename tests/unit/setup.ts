import 'fake-indexeddb/auto';

// Saved arXiv pages link stylesheets and scripts the tests never load; treat them as loaded quietly.
const happyDOM = (globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM;
if (happyDOM) happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

// The build replaces this identifier (wxt.config.ts `define`); under Vitest it is a plain global.
(globalThis as { __PEERLENS_SERVICE_URL__?: string }).__PEERLENS_SERVICE_URL__ = 'http://127.0.0.1:8787';
