import { z } from 'zod';
import { createSessionStore } from '../../lib/auth/session';
import { readServiceUrl } from '../../lib/config/service-url';
import { openFollowStore, type FollowStore } from '../../lib/follow/follow-store';
import { mirrorDiff, SYNC_PREFIX } from '../../lib/follow/sync-mirror';
import { CLEAR_CACHE, LOAD_CARD_MESSAGE, SCHOLARLY_PAGE_MESSAGE } from '../../lib/protocol';
import { readSettings } from '../../lib/settings/reader-settings';
import { openFirstRunPage } from '../../lib/sites/first-run';
import { createActionHandlers } from './actions/action-handler';
import { createCardNonces } from './actions/card-nonces';
import { createActionRunner, type ActionRunner, type SessionView } from './actions/run-action';
import { createToolbarCount, type ToolbarApi } from './actions/toolbar-count';
import { openPaperCache, type PaperCache } from './cache/paper-cache';
import { createChoiceStore } from './choices';
import { checkNewWorks, NEW_WORKS_ALARM, NEW_WORKS_PERIOD_MINUTES } from './follow/new-works';
import { NOTIFICATION_IDS, noticeInvitations, pageForNotification } from './inbox';
import { openLookup, startLookupMenu } from './lookup-menu';
import { createProfileCache } from './profile-cache';
import { createPaperHandlers, done } from './resolver/paper-handlers';
import { createResolver } from './resolver/resolver';
import { createRouter, type Handlers } from './router';
import { createLoadCardHandler } from './sites/card-injection';
import { createScholarlyPageHandler } from './sites/scholarly-injection';
import { startServedSites } from './sites/served-sites';

/** The one place the background is wired: stores, caches, alarms, listeners, and the message router. */
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

  const serviceUrl = () => readServiceUrl(browser.storage.local, __PEERLENS_SERVICE_URL__);
  const profiles = createProfileCache({ serviceUrl });

  // Follow, claim, connect: sign-in, the follow store and its sync mirror, the toolbar count.
  let store: Promise<FollowStore> | undefined;
  const follows = () => (store ??= openFollowStore({ sync: browser.storage.sync }));
  // Firefox's MV2 build has `browserAction` where Chrome's MV3 has `action`.
  const toolbarApi: ToolbarApi = browser.action ?? (browser as unknown as { browserAction: ToolbarApi }).browserAction;
  const countsChanged = createToolbarCount(toolbarApi, browser.storage.local, follows);
  const run = createActionRunner({
    serviceUrl,
    session: createSessionStore(browser.storage.local),
    identity: browser.identity,
    follows,
    summaryOf: async (id) => (await profiles.get(id)).summary,
    recordChanged: async (id) => {
      profiles.forget?.(id);
      await lazyCache.forgetResearcher(id).catch(() => undefined);
    },
    countsChanged: async (unread) => void (await countsChanged(unread)),
    openPage: async (path) => {
      await browser.windows.create({ url: browser.runtime.getURL(path as '/actions.html'), type: 'popup', width: 480, height: 640 });
    },
  });
  startFollowWatch(run, follows, countsChanged, serviceUrl);

  // Every message type has its handler (the type says so); the router checks the sender before any runs.
  const handlers: Handlers = {
    ...createPaperHandlers({
      resolver: createResolver({ cache: lazyCache, serviceUrl }),
      profiles,
      choices: createChoiceStore(browser.storage.local),
      // A content script cannot open extension pages in every browser; the background can.
      openProfile: async (id) => {
        await browser.tabs.create({ url: `${browser.runtime.getURL('/profile.html')}#${id}` });
      },
      // The same look-up window the context menu opens, prefilled with the page's name.
      openSearch: (name) => openLookup(browser, name),
    }),
    ...createActionHandlers({ run, nonces: createCardNonces(browser.storage.session) }),
    [CLEAR_CACHE]: () => done(lazyCache.clear()),
    // The badge card on a site the reader added (card.js is web-accessible only on the supported sites).
    [LOAD_CARD_MESSAGE]: createLoadCardHandler(browser.scripting),
    // The always-on detector found scholarly metadata: the publisher script (generic adapter) runs there.
    [SCHOLARLY_PAGE_MESSAGE]: createScholarlyPageHandler((injection) => browser.scripting.executeScript(injection)),
  };
  const route = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    served: sites.served,
    sitesReady: sites.ready,
    handlers,
  });

  // Firefox leaves access to all sites to the reader: the first-run page asks for it, with the reason.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openFirstRunPage(browser).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const routed = route(message, sender);
    if (!routed) return false;
    if (!routed.replies) {
      void routed.answer;
      return false;
    }
    void routed.answer.then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open for the asynchronous answer (Chrome, Firefox and WXT's fake browser alike).
    return true;
  });
});

/**
 * The follow alarm: new works of followed researchers and new invitations, shown as the toolbar count and, when
 * the reader turned them on, as notifications (a click opens the popup's Following or Inbox); and the follow
 * list kept in step with other browsers through `storage.sync`.
 */
function startFollowWatch(
  run: ActionRunner,
  follows: () => Promise<FollowStore>,
  countsChanged: (unread?: number) => Promise<unknown>,
  serviceUrl: () => Promise<string>,
): void {
  const notificationsOn = async () =>
    (await readSettings(browser.storage.local)).notifications && (await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false));
  const iconUrl = browser.runtime.getURL('/icon/128.png');

  async function checkAll(): Promise<void> {
    const found = await checkNewWorks({ follows: await follows(), serviceUrl });
    // Reading the session (`/v1/me`) refreshes the unread-invitation count on the toolbar too.
    const view = (await run({ kind: 'session' }).catch(() => null)) as SessionView | null;
    await countsChanged();
    if (view?.me) {
      await noticeInvitations({ area: browser.storage.local, enabled: notificationsOn, notify: (id, o) => browser.notifications.create(id, o), iconUrl }, view.me.unreadInvitations);
    }
    if (found.length === 0 || !(await notificationsOn())) return;
    const works = found.reduce((n, f) => n + f.works.length, 0);
    const who = found.map((f) => f.name ?? f.researcherId).slice(0, 3).join(', ');
    await browser.notifications.create(NOTIFICATION_IDS.works, {
      type: 'basic',
      iconUrl,
      title: `${works} new work${works === 1 ? '' : 's'} by researchers you follow`,
      message: who,
    });
  }

  // A click on a notification opens the popup's Inbox or Following in a small window. `notifications` is an
  // optional permission: its API exists only once granted (at start-up, or when the reader turns it on).
  // An event a browser (or its test double) lacks must not stop the background.
  let clickListening = false;
  const listenForClicks = () => {
    if (clickListening || !browser.notifications?.onClicked) return;
    try {
      browser.notifications.onClicked.addListener((id) => {
        const page = pageForNotification(id);
        if (!page) return;
        void browser.notifications.clear(id).catch(() => undefined);
        void browser.windows.create({ url: browser.runtime.getURL(page as '/popup.html'), type: 'popup', width: 420, height: 640 }).catch(() => undefined);
      });
      clickListening = true;
    } catch {
      // No notification events here: the notifications still show, a click just opens nothing.
    }
  };
  listenForClicks();
  try {
    browser.permissions.onAdded?.addListener((added) => {
      if (added.permissions?.includes('notifications')) listenForClicks();
    });
  } catch {
    // Without permission events the click listener is added at the next start of the background.
  }

  // Created once: re-creating on every service-worker start would push the next check back each time.
  void browser.alarms.get(NEW_WORKS_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(NEW_WORKS_ALARM, { periodInMinutes: NEW_WORKS_PERIOD_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEW_WORKS_ALARM) void checkAll().catch(() => undefined);
  });
  // Another browser followed or unfollowed, or this is a reinstall: take the synced list.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !Object.keys(changes).some((k) => k.startsWith(SYNC_PREFIX))) return;
    void follows().then((f) => f.applySyncChange(mirrorDiff(changes))).then(() => countsChanged()).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(() => void follows().then((f) => f.pullFromSync()).then(() => countsChanged()).catch(() => undefined));
}
