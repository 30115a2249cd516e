import { z } from 'zod';
import { isActionTraffic } from '@/lib/actions/action-handler';
import { isLoadCardMessage, loadCardInto } from '@/lib/badge/card-loader-background';
import { startBackgroundActions } from '@/lib/actions/background-actions';
import { fromOwnPage, isClearCacheMessage } from '@/lib/cache/clear-cache-message';
import { openPaperCache, type PaperCache } from '@/lib/cache/paper-cache';
import { createChoiceStore } from '@/lib/choices/remembered-choices';
import { readServiceUrl } from '@/lib/config/service-url';
import { createProfileCache } from '@/lib/profile/profile-cache';
import { createMessageHandler } from '@/lib/resolver/message-handler';
import { createResolver } from '@/lib/resolver/resolver';
import { startServedSites } from '@/lib/sites/background-sites';
import { openLookup, startLookupMenu } from '@/lib/lookup/background-lookup-menu';
import { isScholarlyPageMessage } from '@/lib/sites/scholarly-page-message';
import { injectPublisherScript } from '@/lib/sites/scholarly-injection';
import { openFirstRunPage } from '@/lib/sites/first-run';

export default defineBackground(() => {
  // Extension pages forbid eval; zod would fall back by itself, but Firefox's review tool flags the attempt.
  z.config({ jitless: true });

  // Opened lazily: a service worker woken for one message should not wait on IndexedDB at start-up.
  let cache: Promise<PaperCache> | undefined;
  const lazyCache: PaperCache = {
    get: async (keys) => (await (cache ??= openPaperCache())).get(keys),
    put: async (entries) => (await (cache ??= openPaperCache())).put(entries),
    clear: async () => (await (cache ??= openPaperCache())).clear(),
    forgetResearcher: async (id) => (await (cache ??= openPaperCache())).forgetResearcher(id),
    refreshResearcher: async (summary) => (await (cache ??= openPaperCache())).refreshResearcher(summary),
    close: () => void cache?.then((c) => c.close()),
  };

  // "Look up ‹selection› in PeerLens" on selected text, anywhere: opens the look-up prefilled.
  startLookupMenu(browser);

  // Which sites' content scripts may ask, and the content scripts of the sites the reader added.
  const sites = startServedSites(browser);
  let sitesRead = false;
  void sites.ready.then(() => (sitesRead = true));

  const serviceUrl = () => readServiceUrl(browser.storage.local, __PEERLENS_SERVICE_URL__);
  const profiles = createProfileCache({ serviceUrl });
  // Follow, claim, connect: sign-in, the follow store, the new-works alarm, the card's action messages.
  const actions = startBackgroundActions({
    serviceUrl,
    servedUrl: sites.served,
    summaryOf: async (id) => (await profiles.get(id)).summary,
    recordChanged: async (id) => {
      profiles.forget?.(id);
      await lazyCache.forgetResearcher(id).catch(() => undefined);
    },
  });
  const handle = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    servedUrl: sites.served,
    resolver: createResolver({ cache: lazyCache, serviceUrl }),
    profiles,
    choices: createChoiceStore(browser.storage.local),
    // A content script cannot open extension pages in every browser; the background can.
    openProfile: async (id) => {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/profile.html')}#${id}` });
    },
    // The same look-up window the context menu opens, prefilled with the page's name.
    openSearch: (name) => openLookup(browser, name),
  });

  // Firefox leaves access to all sites to the reader: the first-run page asks for it, with the reason.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openFirstRunPage(browser).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (isScholarlyPageMessage(message)) {
      // The always-on detector found scholarly metadata: the publisher script (generic adapter) runs there.
      const inject = () =>
        injectPublisherScript(sender, {
          extensionId: browser.runtime.id,
          served: sites.served,
          executeScript: (injection) => browser.scripting.executeScript(injection),
        });
      void (sitesRead ? inject() : sites.ready.then(inject)).catch(() => false);
      return false;
    }
    if (isClearCacheMessage(message)) {
      if (!fromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return false;
      void lazyCache.clear().then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
      return true;
    }
    if (isLoadCardMessage(message)) {
      // The badge card on a site the reader added (card.js is web-accessible only on the supported sites).
      const load = () => loadCardInto(sender, { extensionId: browser.runtime.id, served: sites.served, scripting: browser.scripting });
      void (sitesRead ? load() : sites.ready.then(load)).then(sendResponse, () => sendResponse({ ok: false }));
      return true;
    }
    if (isActionTraffic(message)) {
      const answer = () => actions.handle(message, sender) ?? Promise.resolve(undefined);
      void (sitesRead || !sender.tab ? answer() : sites.ready.then(answer)).then(sendResponse, () => sendResponse(undefined));
      return true;
    }
    if (!sitesRead && sender.tab && sender.id === browser.runtime.id) {
      // Woken by a content script before the reader's site settings were read: check once they are.
      void sites.ready.then(() => (handle(message, sender) ?? Promise.resolve(undefined)).then(sendResponse));
      return true;
    }
    const reply = handle(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    // Keeps the channel open for the asynchronous answer (Chrome, Firefox and WXT's fake browser alike).
    return true;
  });
});
