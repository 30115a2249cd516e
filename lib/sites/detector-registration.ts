/**
 * The always-on scholarly-page detector (entrypoints/scholarly-detector) is registered at run time,
 * not in the manifest: only while the reader keeps PeerLens on everywhere, is not paused, and has
 * granted access to all sites (Chrome grants it at install; Firefox asks on the first-run page). It
 * runs on every http(s) page except the supported sites (their own scripts), the sites the reader added
 * (the publisher script is registered there) and the sites the reader switched off.
 */
import type { ReaderSettings } from '../settings/reader-settings';
import { originPattern, type PermissionsApi } from './added-site-scripts';
import { supportedSitePatterns } from './supported-sites';

export const DETECTOR_SCRIPT_ID = 'peerlens-scholarly-detector';
/** Where the build writes entrypoints/scholarly-detector: one plain script (scripts/build-detector.ts), no polyfill, no WXT wrapper. */
export const DETECTOR_SCRIPT_FILE = 'scholarly-detector.js';
/** What "all sites" means to the permission API and to the detector's matches. */
export const ALL_SITES = ['https://*/*', 'http://*/*'] as const;

export interface DetectorScript {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
}

export interface DetectorScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[]; excludeMatches?: string[]; js?: string[] }[]>;
  registerContentScripts(scripts: DetectorScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/** The detector's registration for these settings and granted schemes; null when it must not run. */
export function detectorScript(settings: ReaderSettings, grantedSchemes: readonly string[]): DetectorScript | null {
  if (settings.paused || !settings.everywhere || grantedSchemes.length === 0) return null;
  const excludeMatches = [
    ...supportedSitePatterns(),
    ...settings.addedOrigins.map(originPattern),
    ...settings.disabledOrigins.map(originPattern),
  ];
  return { id: DETECTOR_SCRIPT_ID, matches: [...grantedSchemes], excludeMatches, js: [DETECTOR_SCRIPT_FILE], runAt: 'document_idle', allFrames: false };
}

/** The all-sites patterns the reader has granted (both in Chrome by default; none in Firefox until asked). */
export async function grantedAllSites(permissions: PermissionsApi): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of ALL_SITES) {
    if (await permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return granted;
}

/**
 * Makes the registered detector match the settings: left alone when it already does (the background
 * wakes often), otherwise replaced whole (unregister, register), never left stale.
 */
export async function syncDetectorScript(scripting: DetectorScriptingApi, permissions: PermissionsApi, settings: ReaderSettings): Promise<boolean> {
  const script = detectorScript(settings, await grantedAllSites(permissions));
  const existing = await scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] }).catch(() => []);
  const shape = (s: { matches?: string[]; excludeMatches?: string[]; js?: string[] }) =>
    JSON.stringify([[...(s.matches ?? [])].sort(), [...(s.excludeMatches ?? [])].sort(), (s.js ?? []).map((f) => f.replace(/^\//, ''))]);
  if (script && existing.length === 1 && shape(existing[0]!) === shape(script)) return true;
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  if (!script) return false;
  await scripting.registerContentScripts([script]);
  return true;
}
