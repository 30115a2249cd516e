import { render } from 'preact';
import { CLEAR_CACHE } from '@/lib/protocol-names';
import { notificationSetting } from '@/lib/follow/notification-setting';
import { OptionsPage, type OptionsApi } from './OptionsPage';

const api: OptionsApi = {
  area: browser.storage.local,
  permissions: browser.permissions,
  defaultServiceUrl: __PEERLENS_SERVICE_URL__,
  notifications: notificationSetting(browser.storage.local, browser.permissions),
  async clearCache() {
    const reply: unknown = await browser.runtime.sendMessage({ type: CLEAR_CACHE }).catch(() => undefined);
    return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
  },
};

render(<OptionsPage api={api} />, document.getElementById('app')!);
