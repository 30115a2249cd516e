/**
 * The background's view of which sites are served: a settings snapshot for the sender check (kept
 * current through `storage.onChanged`), and the reader-added sites' content-script registration
 * (re-synced at start-up, when the list changes and when a permission is withdrawn).
 */
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, readSettings, type ReaderSettings } from '../settings/reader-settings';
import { syncAddedSiteScripts, type PermissionsApi, type ScriptingApi } from './added-site-scripts';
import { isUrlServed } from './supported-sites';

export interface SitesBrowser {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  scripting?: ScriptingApi;
  permissions: PermissionsApi & { onRemoved: { addListener(cb: () => void): void } };
}

export interface ServedSites {
  /** Settings have been read at least once (a message before that waits for it). */
  ready: Promise<void>;
  /** Whether a content script on `url` may ask: the same rule the content scripts apply. */
  served(url: URL): boolean;
}

export function startServedSites(api: SitesBrowser): ServedSites {
  let settings: ReaderSettings = { ...DEFAULT_SETTINGS };
  const sync = () => {
    if (!api.scripting?.registerContentScripts) return; // Without dynamic content scripts: supported sites only.
    void syncAddedSiteScripts(api.scripting, api.permissions, settings.addedOrigins).catch((error: unknown) => {
      console.warn('PeerLens: could not register content scripts for added sites', error);
    });
  };
  const ready = readSettings(api.storage.local).then((s) => {
    settings = s;
    sync();
  });
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = settings.addedOrigins.join('\n');
    settings = parseSettings(change.newValue);
    if (settings.addedOrigins.join('\n') !== before) sync();
  });
  try {
    api.permissions.onRemoved.addListener(sync);
  } catch {
    // Not every browser (or test double) reports withdrawn permissions; start-up re-syncs anyway.
  }
  return { ready, served: (url) => isUrlServed(url, settings) };
}
