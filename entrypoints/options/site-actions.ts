/** What the options page does with sites: add one (asking for its permission at that moment), remove one. */
import { originPattern, type PermissionsApi } from '@/lib/sites/added-site-scripts';
import { supportedSiteOfOrigin } from '@/lib/sites/supported-sites';
import { toOrigin, updateSettings, type SettingsArea } from '@/lib/settings/reader-settings';

export interface SiteApi {
  area: SettingsArea;
  permissions: PermissionsApi & {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
}

export type AddSiteResult = { ok: true; origin: string } | { ok: false; reason: string };

/**
 * Adds a site for the generic adapter. Must run inside the click's user gesture: the browser shows
 * its permission prompt for exactly that origin.
 */
export async function addSite(api: SiteApi, input: string, onPrompt?: (origin: string) => void): Promise<AddSiteResult> {
  const typed = input.trim();
  if (typed === '') return { ok: false, reason: 'Type the address of a site first, such as https://journal.example.org.' };
  const origin = toOrigin(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  if (!origin) return { ok: false, reason: `“${typed}” is not a web address: type one such as https://journal.example.org.` };
  const supported = supportedSiteOfOrigin(origin);
  if (supported) return { ok: false, reason: `${supported.label} is already supported: switch it on in the list above.` };
  // Already granted (Chrome grants all sites at install for the scholarly-page detector): no prompt to wait for.
  const origins = [originPattern(origin)];
  let granted = await api.permissions.contains({ origins }).catch(() => false);
  if (!granted) {
    // The browser's prompt may stay open a while: say what it is waiting for instead of the last message.
    onPrompt?.(origin);
    granted = await api.permissions.request({ origins }).catch(() => false);
  }
  if (!granted) return { ok: false, reason: `PeerLens was not allowed to read pages on ${origin}.` };
  // The background registers the publisher script for it when the list changes (lib/sites/background-sites.ts): one
  // owner of the registration, since the options page registering at the same time could stall both.
  await updateSettings(api.area, (s) => ({ addedOrigins: [...s.addedOrigins.filter((o) => o !== origin), origin] }));
  return { ok: true, origin };
}

/** Removes an added site and its permission (the background unregisters its content script). */
export async function removeSite(api: SiteApi, origin: string): Promise<void> {
  await updateSettings(api.area, (s) => ({ addedOrigins: s.addedOrigins.filter((o) => o !== origin) }));
  await api.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}
