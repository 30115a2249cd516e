/**
 * The remote-debugging port of `npm run dev`'s browser (wxt.config.ts passes it to Chromium): through it
 * server/dev/browser-pages.ts serves the saved pages to that browser, and scripts/check-dev-first-run.ts reads
 * its badges. Bound to 127.0.0.1 by Chromium.
 */
export const DEV_BROWSER_DEBUG_PORT = Number(process.env.PEERLENS_DEV_DEBUG_PORT ?? 9339);

/** The pages the dev browser opens on: the PeerJ article resolves all nine authors from the recordings. */
export const DEV_START_PAGES = ['https://peerj.com/articles/4375/', 'https://link.springer.com/article/10.1007/s10924-010-0192-1'];
