import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createLogger, type Logger } from 'vite';
import { existsSync } from 'node:fs';
import { DEV_BROWSER_DEBUG_PORT } from './server/dev/browser-port';
import { DETECTOR_ENTRYPOINT, buildDetector } from './scripts/build-detector';
import { DETECTOR_SCRIPT_FILE } from './lib/sites/detector-registration';

// The public half of a key made once with node:crypto (the private half was never kept): Chrome derives the
// extension id from it, so the sign-in redirect URL https://mcchdoldcfgpppgmecbkncgamdiejlom.chromiumapp.org/
// is the same on every machine and build.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApt+hOKM94Lt7YcaQYtPREiHdyrqNf4tFaKvfUrcIYmxa5kkIlQVMA5fsIEctbsrGdH78HgymfylU+G9Lbx9CfPwEou7dBNujnDzWOT9WvXHydM6pfAFrC18HDDHc5dwhIWcDbnaXKlGalLQdwKpU10si+8PkdM34Kg3K0MHDBLT4BD4C3stEHkaWmHV1F7nOlI7plTNcYU5NhmaZ5phUbxo1xl7SoXzPfqUIliQuo35xBiBX35Ny7HfSimz42p9ulrh5uY43lMledJtlcjoN3TxQC5VirKxqhT3JRV4NXyJU5nrOjbYI7lHu54wZR92KL7UzuMIlYkMKUFhjpEo8GwIDAQAB';

// The service URL is a build-time default; the options page can change it at run time.
const serviceUrl = process.env.PEERLENS_SERVICE_URL ?? 'http://127.0.0.1:8787';

// Store packages (`npm run zip`, scripts/zip.mjs): built into .output/store/ (never over the test builds) with
// the production service URL and without the development key, which the stores replace with their own.
const storeBuild = process.env.PEERLENS_STORE === '1';
if (storeBuild && !/^https:\/\/(?!127\.|localhost)/.test(serviceUrl)) {
  throw new Error(`A store package needs the production service URL (https://…), not ${serviceUrl}: see README, Publishing.`);
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    customLogger: quietLogger(),
    plugins: [preact()],
    define: { __PEERLENS_SERVICE_URL__: JSON.stringify(serviceUrl) },
  }),
  manifest: ({ browser }) => ({
    name: 'PeerLens',
    description: 'Trust snapshots next to every author name on arXiv and publisher pages: score, verification level and the evidence behind them.',
    // `scripting`: content scripts for the sites the reader adds on the options page. `identity`: Sign in
    // with ORCID (launchWebAuthFlow). `alarms`: the new-works check of followed researchers. `contextMenus`:
    // "Look up ‹selection› in PeerLens" (the browser hands over the selected text; no host access). `activeTab`:
    // the popup's "Badges on ‹site›" reads the address of the tab the reader opened it on (Firefox grants no
    // host access by default).
    permissions: ['storage', 'scripting', 'identity', 'alarms', 'contextMenus', 'activeTab'],
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
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'peerlens@peerlens.org',
              // What leaves the browser (docs/privacy.md): authors' names and ids from pages, look-up queries,
              // the ORCID sign-in, and the invitations a reader writes.
              data_collection_permissions: { required: ['websiteContent', 'searchTerms', 'authenticationInfo', 'personalCommunications'] },
            },
          },
        }
      : storeBuild
        ? {}
        : { key: CHROME_KEY }),
  }),
  outDir: storeBuild ? '.output/store' : '.output',
  zip: {
    // The sources package Firefox's review asks for: everything needed to rebuild the add-on (README,
    // Publishing), not test output or local data.
    excludeSources: ['test-results/**', 'playwright-report/**', '.data/**', 'docs/screenshots/**'],
  },
  hooks: {
    // The always-on detector runs on every page: it is built as one plain script, without WXT's unlisted-script
    // wrapper (scripts/build-detector.ts), and written where WXT would have written it (`npm run dev` builds it
    // at start: restart it after changing the detector).
    'entrypoints:found': (_wxt, infos) => {
      const i = infos.findIndex((info) => info.name === DETECTOR_ENTRYPOINT);
      if (i >= 0) infos.splice(i, 1);
    },
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: DETECTOR_SCRIPT_FILE, contents: await buildDetector(wxt.config.root) });
    },
    // The badge card (entrypoints/card/index.ts → card.js) is loaded by the content scripts on first open with
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
  // otherwise whichever Chrome web-ext finds. Its start pages are opened by server/dev/browser-pages.ts, which
  // serves the saved pages at their real URLs through the debugging port (first start works offline too).
  webExt: {
    ...(existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium' } } : {}),
    // Chromium refuses to start its sandbox as root (a fresh Debian machine or container).
    chromiumArgs: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--remote-debugging-port=${DEV_BROWSER_DEBUG_PORT}`],
  },
});

/**
 * Vite's logger without one known, harmless warning: zod's sources carry comments Rollup drops ("contains an
 * annotation that Rollup cannot interpret"), printed for every entrypoint on every build. Matched by that message
 * and by zod's path only, so that any other warning still shows.
 */
function quietLogger(): Logger {
  const logger = createLogger('warn');
  const known = (msg: string) => msg.includes('contains an annotation that Rollup cannot interpret') && /node_modules[\\/]zod[\\/]/.test(msg);
  return {
    ...logger,
    warn: (msg, options) => (known(msg) ? undefined : logger.warn(msg, options)),
    warnOnce: (msg, options) => (known(msg) ? undefined : logger.warnOnce(msg, options)),
  };
}
