import type { FollowStore } from '../../../lib/follow/follow-store';
import { unseenCount } from '../follow/new-works';

/** `action` (MV3) or `browserAction` (Firefox MV2): the calls the toolbar count needs. */
export interface ToolbarApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

export interface CountArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const UNREAD_KEY = 'unreadInvitations';

/**
 * The number on the toolbar icon: new works of followed researchers not seen yet plus unread invitations.
 * The unread count comes from the service (`/v1/me`) and is kept locally between checks.
 */
export function createToolbarCount(toolbar: ToolbarApi, area: CountArea, follows: () => Promise<FollowStore>) {
  return async function update(unreadInvitations?: number): Promise<{ works: number; invitations: number }> {
    if (unreadInvitations !== undefined) await area.set({ [UNREAD_KEY]: unreadInvitations });
    const stored = (await area.get(UNREAD_KEY))[UNREAD_KEY];
    const invitations = typeof stored === 'number' ? stored : 0;
    const works = unseenCount(await (await follows()).list());
    const total = works + invitations;
    await toolbar.setBadgeBackgroundColor({ color: '#1d4ed8' });
    await toolbar.setBadgeText({ text: total === 0 ? '' : total > 99 ? '99+' : String(total) });
    const parts = [works > 0 ? `${works} new work${works === 1 ? '' : 's'} by researchers you follow` : '', invitations > 0 ? `${invitations} unread invitation${invitations === 1 ? '' : 's'}` : ''].filter(Boolean);
    await toolbar.setTitle({ title: parts.length > 0 ? `PeerLens — ${parts.join(', ')}` : 'PeerLens' });
    return { works, invitations };
  };
}
