/**
 * Sites the reader added get the publisher content script (generic adapter) through
 * `scripting.registerContentScripts`, for exactly the origins whose host permission the reader granted.
 * One registration holds them all; it is replaced whenever the list or the permissions change.
 */
export const ADDED_SITES_SCRIPT_ID = 'peerlens-added-sites';
/** Where WXT writes the publisher content script (entrypoints/publisher.content). */
export const PUBLISHER_SCRIPT_FILE = 'content-scripts/publisher.js';

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; runAt?: 'document_idle'; persistAcrossSessions?: boolean }[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  updateContentScripts?(scripts: { id: string; matches: string[]; js: string[] }[]): Promise<void>;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Registers the content script for the added origins that have their permission; returns those origins. */
export async function syncAddedSiteScripts(scripting: ScriptingApi, permissions: PermissionsApi, origins: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of origins) {
    if (await permissions.contains({ origins: [originPattern(origin)] }).catch(() => false)) granted.push(origin);
  }
  const script = { id: ADDED_SITES_SCRIPT_ID, matches: granted.map(originPattern), js: [PUBLISHER_SCRIPT_FILE], runAt: 'document_idle' as const };
  const existing = await scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] }).catch(() => []);
  if (granted.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] }).catch(() => undefined);
    return granted;
  }
  // The options page and the background both sync after a change; whichever comes second updates.
  if (existing.length > 0 && scripting.updateContentScripts) await scripting.updateContentScripts([script]);
  else {
    try {
      await scripting.registerContentScripts([script]);
    } catch (error) {
      if (!scripting.updateContentScripts) throw error;
      await scripting.updateContentScripts([script]);
    }
  }
  return granted;
}
