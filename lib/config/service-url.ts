/** `storage.local` key that overrides the build-time service URL (set by the options page, or by tests). */
export const SERVICE_URL_KEY = 'serviceUrl';

/** The part of `storage.local` this needs, so tests can pass the fake browser's storage or a stub. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The stored override when it is an http(s) URL, else the fallback (the build-time default). */
export async function readServiceUrl(area: KeyValueArea, fallback: string): Promise<string> {
  try {
    const value = (await area.get(SERVICE_URL_KEY))[SERVICE_URL_KEY];
    if (typeof value === 'string' && /^https?:\/\//.test(value)) return new URL(value).toString();
  } catch {
    // Storage unavailable or a malformed value: the build-time default still works.
  }
  return fallback;
}
