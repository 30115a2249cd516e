import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';

// The service URL is a build-time default; the options page (later) can change it at run time.
const serviceUrl = process.env.PEERLENS_SERVICE_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: { __PEERLENS_SERVICE_URL__: JSON.stringify(serviceUrl) },
  }),
  manifest: {
    name: 'PeerLens',
    description: 'Trust snapshots next to every author name on arXiv and publisher pages: score, verification level and the evidence behind them.',
    // `scripting`: content scripts for the sites the reader adds on the options page.
    permissions: ['storage', 'scripting'],
    // The service answers with CORS for extension origins, so no host permission is needed for it; the
    // supported sites come from the content scripts' matches.
    host_permissions: [],
    // Any other site, asked for only when the reader adds it on the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
  // `npm run dev` opens a browser with the extension loaded: Debian's Chromium where it is installed,
  // otherwise whichever Chrome web-ext finds.
  webExt: {
    ...(existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium' } } : {}),
    // Chromium refuses to start its sandbox as root (a fresh Debian machine or container).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    startUrls: ['https://arxiv.org/abs/1706.03762'],
  },
});
