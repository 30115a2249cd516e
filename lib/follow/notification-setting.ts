import { readSettings, updateSettings, type SettingsArea } from '../settings/reader-settings';

export interface NotificationPermissions {
  request(p: { permissions: 'notifications'[] }): Promise<boolean>;
  remove(p: { permissions: 'notifications'[] }): Promise<boolean>;
}

/**
 * New-work notifications, off by default: turning them on asks for the optional `notifications` permission
 * at that moment (a click in an extension page), and they stay off when the reader says no. Returns a
 * problem to show, or null.
 */
export function notificationSetting(area: SettingsArea, permissions: NotificationPermissions) {
  return {
    on: async () => (await readSettings(area)).notifications,
    async set(on: boolean): Promise<string | null> {
      if (on) {
        const granted = await permissions.request({ permissions: ['notifications'] }).catch(() => false);
        if (!granted) return 'Notifications stay off: the browser’s permission was not given.';
      } else {
        await permissions.remove({ permissions: ['notifications'] }).catch(() => false);
      }
      await updateSettings(area, () => ({ notifications: on }));
      return null;
    },
  };
}
