/**
 * What every content script does once it knows its adapter: check the reader's settings, read the
 * page, place badges and ask — each step in a task of its own so none grows into a long task — and
 * keep watching the page for redraws. Everything ends with `ctx` (extension reload, navigation).
 */
import type { ResearcherSummary } from '../../lib/api/researcher';
import type { SiteAdapter } from '../../lib/detect/types';
import { readSettings, type ReaderSettings } from '../../lib/settings/reader-settings';
import { cardLoader, createLazyCardPopover } from './card-loader';
import { CARD_FILE, LOAD_CARD_MESSAGE } from '../../lib/protocol-names';
import { startBadges, type BadgeRecord } from './controller';
import { parseResolveReply } from './parse-reply';
import { yieldToMain } from './yield';

export interface PageContext {
  signal: AbortSignal;
  readonly isInvalid: boolean;
}


/**
 * `import()` of card.js runs it in this content script's isolated world. The query makes each run of
 * the content script evaluate its own copy (a module already imported in this world by a run before an
 * extension reload would otherwise be reused as it is).
 */
const loadCard = cardLoader({
  importUrl: () => import(/* @vite-ignore */ `${browser.runtime.getURL(CARD_FILE)}?run=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`),
  // A site the reader added is not in the manifest's web_accessible_resources: the background runs card.js here.
  inject: async () => {
    const reply = (await browser.runtime.sendMessage({ type: LOAD_CARD_MESSAGE })) as { ok?: unknown } | undefined;
    if (reply?.ok !== true) throw new Error('the background could not load the card');
  },
});

export async function runPageBadges(ctx: PageContext, adapter: SiteAdapter, siteOn: (settings: ReaderSettings) => boolean): Promise<void> {
  try {
    const settings = await readSettings(browser.storage.local);
    if (settings.paused || !siteOn(settings) || ctx.isInvalid) return;
    // Reading a 3,400-author page or a 1,000-entry listing takes tens of ms on a slow machine:
    // reading, badging and sending each get a task of their own.
    await yieldToMain();
    const read = () => adapter.detect(document, new URL(location.href));
    const papers = read();
    if (ctx.isInvalid) return;
    await yieldToMain();
    if (ctx.isInvalid) return;
    let retry = (_?: BadgeRecord) => {};
    let refresh = (_: ResearcherSummary) => {};
    // The card (Preact and its views, ~2/3 of the script) arrives on the first open: see card-loader.ts.
    const card = createLazyCardPopover(loadCard, document, ctx.signal, (record) => retry(record), { papers, onSnapshot: (summary) => refresh(summary) });
    const badges = startBadges({
      papers,
      rescan: read,
      lazy: adapter.lazy ?? false,
      privacy: settings.privacyMode,
      density: settings.density,
      signal: ctx.signal,
      send: (message) => browser.runtime.sendMessage(message),
      parseReply: parseResolveReply,
      onOpen: (record) => card.toggle(record),
      onUpdate: (record) => card.update(record),
    });
    retry = (record) => void badges.retry(record);
    refresh = (summary) => badges.refresh(summary);
  } catch (error) {
    // Never throw into the page: a failure here costs the badges, not the reader's page.
    console.warn('PeerLens: badges unavailable on this page', error);
  }
}
