import { browser } from 'wxt/browser';
import type { ResearcherSummary } from '../api/researcher';
import { createSessionStore } from '../auth/session';
import { openFollowStore, type FollowStore } from '../follow/follow-store';
import { checkNewWorks, NEW_WORKS_ALARM, NEW_WORKS_PERIOD_MINUTES } from '../follow/new-works';
import { mirrorDiff, SYNC_PREFIX } from '../follow/sync-mirror';
import { NOTIFICATION_IDS, noticeInvitations, pageForNotification } from '../inbox/notifications';
import { readSettings } from '../settings/reader-settings';
import { createActionHandler } from './action-handler';
import { createCardNonces } from './card-nonces';
import { createActionRunner, type SessionView } from './run-action';
import { createToolbarCount, type ToolbarApi } from './toolbar-count';

export interface BackgroundActionsOptions {
  serviceUrl: () => Promise<string>;
  servedUrl: (url: URL) => boolean;
  summaryOf: (id: string) => Promise<ResearcherSummary | null>;
  /** Forgets cached answers and profiles showing a researcher whose record changed. */
  recordChanged: (id: string) => Promise<void>;
}

/**
 * The background's half of follow, claim and connect: the action message handler, the follow store and
 * its sync mirror, the new-works alarm with its toolbar count and optional notifications (new works, new
 * invitations; a click opens the popup's Following or Inbox).
 */
export function startBackgroundActions(options: BackgroundActionsOptions) {
  let store: Promise<FollowStore> | undefined;
  const follows = () => (store ??= openFollowStore({ sync: browser.storage.sync }));
  const session = createSessionStore(browser.storage.local);
  // Firefox's MV2 build has `browserAction` where Chrome's MV3 has `action`.
  const toolbarApi: ToolbarApi = browser.action ?? (browser as unknown as { browserAction: ToolbarApi }).browserAction;
  const countsChanged = createToolbarCount(toolbarApi, browser.storage.local, follows);
  const runner = createActionRunner({
    serviceUrl: options.serviceUrl,
    session,
    identity: browser.identity,
    follows,
    summaryOf: options.summaryOf,
    recordChanged: options.recordChanged,
    countsChanged: async (unread) => void (await countsChanged(unread)),
    openPage: async (path) => {
      await browser.windows.create({ url: browser.runtime.getURL(path as '/actions.html'), type: 'popup', width: 480, height: 640 });
    },
  });
  const handle = createActionHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    servedUrl: options.servedUrl,
    run: runner,
    nonces: createCardNonces(browser.storage.session),
  });

  const notificationsOn = async () =>
    (await readSettings(browser.storage.local)).notifications && (await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false));
  const iconUrl = browser.runtime.getURL('/icon/128.png');

  async function checkAll(): Promise<void> {
    const found = await checkNewWorks({ follows: await follows(), serviceUrl: options.serviceUrl });
    // Reading the session (`/v1/me`) refreshes the unread-invitation count on the toolbar too.
    const view = (await runner({ kind: 'session' }).catch(() => null)) as SessionView | null;
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

  return { handle, checkNewWorks: checkAll };
}
