import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabFromHash } from '../../components/popup/PopupTabs';
import { OptionsPage, type OptionsApi } from '../../entrypoints/options/OptionsPage';
import { notificationSetting } from '../../lib/follow/notification-setting';
import { NOTIFICATION_IDS, noticeInvitations, pageForNotification } from '../../entrypoints/background/inbox';
import { readSettings } from '../../lib/settings/reader-settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const area = () => fakeBrowser.storage.local;

function optionsApi(grant: boolean) {
  const permissions = {
    request: vi.fn(async (_p: { permissions?: string[]; origins?: string[] }) => grant),
    remove: vi.fn(async (_p: { permissions?: string[]; origins?: string[] }) => true),
    contains: async () => false,
  };
  const api: OptionsApi = {
    area: area(),
    permissions,
    defaultServiceUrl: 'http://127.0.0.1:8787',
    clearCache: async () => true,
    // The very function the popup's Following tab uses.
    notifications: notificationSetting(area(), permissions),
  };
  return { api, permissions };
}

describe('the options page’s notifications switch', () => {
  it('asks for the optional notifications permission when turned on, and forgets it when turned off', async () => {
    const { api, permissions } = optionsApi(true);
    render(<OptionsPage api={api} />);
    const box = (await screen.findByRole('checkbox', { name: /Notify me of new works/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Notifications on'));
    expect(permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect((await readSettings(area())).notifications).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Notifications off.'));
    expect(permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect((await readSettings(area())).notifications).toBe(false);
  });

  it('stays off, box unticked, when the reader refuses the permission', async () => {
    const { api } = optionsApi(false);
    render(<OptionsPage api={api} />);
    const box = (await screen.findByRole('checkbox', { name: /Notify me of new works/ })) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('permission was not given'));
    expect(box.checked).toBe(false);
    expect((await readSettings(area())).notifications).toBe(false);
  });
});

describe('invitation notifications from the alarm check', () => {
  const deps = (enabled: boolean) => {
    const notify = vi.fn(async (_id: string, _o: unknown) => 'ok');
    return { deps: { area: area(), enabled: async () => enabled, notify, iconUrl: 'chrome-extension://x/icon/128.png' }, notify };
  };

  it('notifies once per new invitation, and again after the inbox was read and another came', async () => {
    const { deps: d, notify } = deps(true);
    expect(await noticeInvitations(d, 0)).toBe(false);
    expect(await noticeInvitations(d, 1)).toBe(true);
    expect(notify).toHaveBeenLastCalledWith(NOTIFICATION_IDS.invitations, expect.objectContaining({ title: 'A new invitation to collaborate', message: '1 unread in your PeerLens inbox. Click to open it.' }));
    // The next alarm sees the same unread count: nothing new to tell.
    expect(await noticeInvitations(d, 1)).toBe(false);
    expect(await noticeInvitations(d, 3)).toBe(true);
    expect(notify).toHaveBeenLastCalledWith(NOTIFICATION_IDS.invitations, expect.objectContaining({ title: '2 new invitations to collaborate' }));
    expect(await noticeInvitations(d, 0)).toBe(false);
    expect(await noticeInvitations(d, 1)).toBe(true);
    expect(notify).toHaveBeenCalledTimes(3);
  });

  it('stays quiet when notifications are off (the toolbar count still shows them)', async () => {
    const { deps: d, notify } = deps(false);
    expect(await noticeInvitations(d, 2)).toBe(false);
    expect(notify).not.toHaveBeenCalled();
  });

  it('a click opens the popup on the Inbox or Following tab; other ids are not ours', () => {
    expect(pageForNotification(NOTIFICATION_IDS.invitations)).toBe('/popup.html#inbox');
    expect(pageForNotification(NOTIFICATION_IDS.works)).toBe('/popup.html#following');
    expect(pageForNotification('someone-else')).toBeNull();
    expect(tabFromHash('#inbox')).toBe('inbox');
    expect(tabFromHash('#following')).toBe('following');
    expect(tabFromHash('#evil')).toBeUndefined();
    expect(tabFromHash('')).toBeUndefined();
  });
});
