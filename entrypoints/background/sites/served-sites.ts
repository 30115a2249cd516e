/**
 * The background's view of which sites are served: a settings snapshot for the sender check (kept
 * current through `storage.onChanged`), the reader-added sites' content-script registration and the
 * always-on detector's (both re-synced at start-up, when the settings they depend on change and when
 * a permission is granted or withdrawn).
 */
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, readSettings, type ReaderSettings } from '../../../lib/settings/reader-settings';
import { syncAddedSiteScripts, type PermissionsApi, type ScriptingApi } from '../../../lib/sites/added-site-scripts';
import { syncDetectorScript, type DetectorScriptingApi } from '../../../lib/sites/detector-registration';
import { isUrlServed } from '../../../lib/sites/supported-sites';

export interface SitesBrowser {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  scripting?: ScriptingApi & Partial<DetectorScriptingApi>;
  permissions: PermissionsApi & { onRemoved: { addListener(cb: () => void): void }; onAdded?: { addListener(cb: () => void): void } };
}

export interface ServedSites {
  /** Settings have been read at least once (a message before that waits for it). */
  ready: Promise<void>;
  /** Whether a content script on `url` may ask: the same rule the content scripts apply. */
  served(url: URL): boolean;
}

export function startServedSites(api: SitesBrowser): ServedSites {
  let settings: ReaderSettings = { ...DEFAULT_SETTINGS };
  // One sync at a time: two overlapping ones would both register the same script id.
  let syncing: Promise<void> = Promise.resolve();
  const sync = () => {
    const scripting = api.scripting;
    if (!scripting?.registerContentScripts) return; // Without dynamic content scripts: supported sites only.
    syncing = syncing.then(async () => {
      await syncAddedSiteScripts(scripting, api.permissions, settings.addedOrigins).catch((error: unknown) => {
        console.warn('PeerLens: could not register content scripts for added sites', error);
      });
      await syncDetectorScript(scripting as DetectorScriptingApi, api.permissions, settings).catch((error: unknown) => {
        console.warn('PeerLens: could not register the scholarly-page detector', error);
      });
    });
  };
  const ready = readSettings(api.storage.local).then((s) => {
    settings = s;
    sync();
  });
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = registrationKey(settings);
    settings = parseSettings(change.newValue);
    if (registrationKey(settings) !== before) sync();
  });
  try {
    api.permissions.onRemoved.addListener(sync);
    // Firefox: the first-run page's grant of all sites starts the detector.
    api.permissions.onAdded?.addListener(sync);
  } catch {
    // Not every browser (or test double) reports withdrawn permissions; start-up re-syncs anyway.
  }
  return { ready, served: (url) => isUrlServed(url, settings) };
}

/** The settings the content-script registrations depend on. */
function registrationKey(s: ReaderSettings): string {
  return JSON.stringify([s.addedOrigins, s.disabledOrigins, s.everywhere, s.paused]);
}
