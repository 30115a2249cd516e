import { createRouter, type Handlers } from '../../../entrypoints/background/router';
import type { SenderInfo } from '../../../lib/protocol';

/** arXiv: the sites the tests' content scripts ask from unless a test says otherwise. */
const ARXIV_ORIGINS = ['https://arxiv.org', 'https://www.arxiv.org', 'https://export.arxiv.org'];
export const arxivOnly = (url: URL) => ARXIV_ORIGINS.includes(url.origin);

/**
 * The background's router with the handlers a test drives, as one call: the answer's promise, or `undefined`
 * when the router ignores the message at once (the way the listener then returns `false`).
 */
export function routeWith(options: { extensionId: string; extensionOrigin: string; served?: (url: URL) => boolean; handlers: Partial<Handlers> }) {
  const route = createRouter({ served: arxivOnly, ...options });
  return (message: unknown, sender: SenderInfo): Promise<unknown> | undefined => route(message, sender)?.answer;
}
