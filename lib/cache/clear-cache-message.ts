/**
 * "Clear cache" from the options page: a message only the extension's own pages may send (a content
 * script's sender URL is the web page's, and is refused).
 */
export const CLEAR_CACHE = 'peerlens:clear-cache';

export interface ClearCacheSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export function isClearCacheMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CLEAR_CACHE && Object.keys(message).length === 1;
}

export function fromOwnPage(sender: ClearCacheSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
