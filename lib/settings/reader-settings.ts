/**
 * The reader's choices (options page), in `storage.local` under one key. Read by content scripts
 * before they do anything, so parsing is hand-written and tolerant: a missing or malformed field
 * falls back to its default instead of failing (and zod stays out of the content-script bundle).
 */
import type { BadgeDensity } from '../badge/badge-state';

export const SETTINGS_KEY = 'settings';

export interface ReaderSettings {
  /** Global pause: no badges anywhere, nothing sent. */
  paused: boolean;
  /** Nothing is sent until the reader clicks a badge. */
  privacyMode: boolean;
  density: BadgeDensity;
  /** New-work notifications for followed researchers (used by the follow alarm). */
  notifications: boolean;
  /** Supported sites (adapter `site` ids) the reader switched off. */
  disabledSites: string[];
  /** Other sites the reader added (origins, "https://example.org"), served by the generic adapter. */
  addedOrigins: string[];
  /**
   * Any scholarly page on any site (the always-on detector, lib/sites/detector-registration.ts); off:
   * only the sites PeerLens knows and those the reader added.
   */
  everywhere: boolean;
  /** Sites PeerLens found by their metadata that the reader switched off (origins). */
  disabledOrigins: string[];
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  paused: false,
  privacyMode: false,
  density: 'score-level',
  notifications: false,
  disabledSites: [],
  addedOrigins: [],
  everywhere: true,
  disabledOrigins: [],
};

export function parseSettings(raw: unknown): ReaderSettings {
  const v = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : DEFAULT_SETTINGS.paused,
    privacyMode: typeof v.privacyMode === 'boolean' ? v.privacyMode : DEFAULT_SETTINGS.privacyMode,
    density: v.density === 'score' || v.density === 'score-level' ? v.density : DEFAULT_SETTINGS.density,
    notifications: typeof v.notifications === 'boolean' ? v.notifications : DEFAULT_SETTINGS.notifications,
    disabledSites: strings(v.disabledSites, (s) => /^[a-z0-9-]{1,40}$/.test(s)),
    addedOrigins: strings(v.addedOrigins, (s) => toOrigin(s) === s),
    everywhere: typeof v.everywhere === 'boolean' ? v.everywhere : DEFAULT_SETTINGS.everywhere,
    disabledOrigins: strings(v.disabledOrigins, (s) => toOrigin(s) === s),
  };
}

function strings(value: unknown, valid: (s: string) => boolean): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((s): s is string => typeof s === 'string' && valid(s)))] : [];
}

/**
 * "https://Example.org/path" → "https://example.org"; null for anything but an http(s) URL with a real
 * host name. Chromium's URL parser escapes what it cannot take ("not a url" → "not%20a%20url"), so the
 * host is checked by hand: letters, digits, dots and hyphens (IDNs arrive as xn--), an IP, or localhost.
 */
export function toOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return isHostName(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}

function isHostName(host: string): boolean {
  if (host === 'localhost' || /^\[[0-9a-f:.]+\]$/i.test(host)) return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(l));
}

/** The part of `storage.local` this needs (the fake browser's storage in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readSettings(area: Pick<SettingsArea, 'get'>): Promise<ReaderSettings> {
  try {
    return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function updateSettings(area: SettingsArea, change: (current: ReaderSettings) => Partial<ReaderSettings>): Promise<ReaderSettings> {
  const current = await readSettings(area);
  const next = parseSettings({ ...current, ...change(current) });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
