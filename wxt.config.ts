import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';

// The public half of a key made once with node:crypto (the private half was never kept): Chrome derives the
// extension id from it, so the sign-in redirect URL https://mcchdoldcfgpppgmecbkncgamdiejlom.chromiumapp.org/
// is the same on every machine and build.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApt+hOKM94Lt7YcaQYtPREiHdyrqNf4tFaKvfUrcIYmxa5kkIlQVMA5fsIEctbsrGdH78HgymfylU+G9Lbx9CfPwEou7dBNujnDzWOT9WvXHydM6pfAFrC18HDDHc5dwhIWcDbnaXKlGalLQdwKpU10si+8PkdM34Kg3K0MHDBLT4BD4C3stEHkaWmHV1F7nOlI7plTNcYU5NhmaZ5phUbxo1xl7SoXzPfqUIliQuo35xBiBX35Ny7HfSimz42p9ulrh5uY43lMledJtlcjoN3TxQC5VirKxqhT3JRV4NXyJU5nrOjbYI7lHu54wZR92KL7UzuMIlYkMKUFhjpEo8GwIDAQAB';

// The service URL is a build-time default; the options page (later) can change it at run time.
const serviceUrl = process.env.PEERLENS_SERVICE_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    define: { __PEERLENS_SERVICE_URL__: JSON.stringify(serviceUrl) },
  }),
  manifest: ({ browser }) => ({
    name: 'PeerLens',
    description: 'Trust snapshots next to every author name on arXiv and publisher pages: score, verification level and the evidence behind them.',
    // `scripting`: content scripts for the sites the reader adds on the options page. `identity`: Sign in
    // with ORCID (launchWebAuthFlow). `alarms`: the new-works check of followed researchers.
    permissions: ['storage', 'scripting', 'identity', 'alarms'],
    // Asked for only when the reader turns new-work notifications on. Firefox's MV2 has no
    // optional_host_permissions (WXT drops it there): other sites are optional permissions instead.
    optional_permissions: browser === 'firefox' ? ['notifications', 'https://*/*', 'http://*/*'] : ['notifications'],
    // The service answers with CORS for extension origins, so no host permission is needed for it; the
    // supported sites come from the content scripts' matches. All sites: the always-on scholarly-page
    // detector (registered at run time, lib/sites/detector-registration.ts) reads each page's head and the
    // publisher script runs where it finds an article (reason on the options page and in docs/privacy.md).
    // Firefox leaves this to the reader: there it is optional and the first-run page asks for it.
    host_permissions: browser === 'firefox' ? [] : ['https://*/*', 'http://*/*'],
    // Any other site, asked for only when the reader adds it on the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'peerlens@peerlens.org' } } }
      : { key: CHROME_KEY }),
  }),
  hooks: {
    // The badge card (entrypoints/card.ts → card.js) is loaded by the content scripts on first open with
    // import() of its extension URL, which the page's origin must be allowed to load: exactly the sites the
    // content scripts match, never all sites (a fixed extension id would let any site probe for PeerLens).
    // Sites the reader added (registered at run time) are not listed; their card comes by the background.
    'build:manifestGenerated': (wxt, manifest) => {
      // Chrome accepts only whole origins here (a path other than /* is an invalid pattern).
      const matches = [
        ...new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'))),
      ];
      const resources = (manifest.web_accessible_resources ?? []) as unknown[];
      manifest.web_accessible_resources = (
        wxt.config.manifestVersion === 2 ? [...resources, 'card.js'] : [...resources, { resources: ['card.js'], matches }]
      ) as typeof manifest.web_accessible_resources;
    },
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
