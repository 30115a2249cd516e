/**
 * Browser notifications of the follow alarm: new works of followed researchers and new invitations. Both
 * are off unless the reader turned notifications on (which asked for the optional permission); clicking one
 * opens the popup's page for it — Following or Inbox — in a small window, since a background cannot open
 * the toolbar popup itself in every browser.
 */
export const NOTIFICATION_IDS = { works: 'peerlens:new-works', invitations: 'peerlens:invitations' } as const;

export interface NoticeArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
}

/** The unread count already told about, so one invitation raises one notification however often the alarm runs. */
const TOLD_KEY = 'invitationsNotified';

export interface InvitationNoticeDeps {
  area: NoticeArea;
  /** Notifications on and the permission granted. */
  enabled: () => Promise<boolean>;
  notify: (id: string, options: NotificationOptions) => Promise<unknown>;
  iconUrl: string;
}

/**
 * After the alarm read the unread count (`GET /v1/me`): notifies when it grew since the last notice. A count
 * that went down (the inbox was read) is remembered as is, so the next invitation is told again.
 */
export async function noticeInvitations(deps: InvitationNoticeDeps, unread: number): Promise<boolean> {
  const stored = (await deps.area.get(TOLD_KEY))[TOLD_KEY];
  const told = typeof stored === 'number' ? stored : 0;
  await deps.area.set({ [TOLD_KEY]: unread });
  if (unread <= told || !(await deps.enabled())) return false;
  const fresh = unread - told;
  await deps.notify(NOTIFICATION_IDS.invitations, {
    type: 'basic',
    iconUrl: deps.iconUrl,
    title: fresh === 1 ? 'A new invitation to collaborate' : `${fresh} new invitations to collaborate`,
    message: `${unread} unread in your PeerLens inbox. Click to open it.`,
  });
  return true;
}

/** The popup page a notification opens: `popup.html#inbox` or `#following`; null for someone else's notification. */
export function pageForNotification(id: string): string | null {
  if (id === NOTIFICATION_IDS.invitations) return '/popup.html#inbox';
  if (id === NOTIFICATION_IDS.works) return '/popup.html#following';
  return null;
}
