import { z } from 'zod';
import { PaperQuery, PaperResult, LIMITS } from './api/resolve';

/** Content script → background: resolve the authors of the papers on this page (identifiers and names only). */
export const ResolveMessage = z.strictObject({
  type: z.literal('peerlens:resolve'),
  papers: z.array(PaperQuery).min(1).max(LIMITS.papers),
});
export type ResolveMessage = z.infer<typeof ResolveMessage>;

export const ResolveReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), papers: z.array(PaperResult) }),
  z.object({ ok: z.literal(false), error: z.string(), retryable: z.boolean() }),
]);
export type ResolveReply = z.infer<typeof ResolveReply>;

export const RuntimeMessage = z.discriminatedUnion('type', [ResolveMessage]);
export type RuntimeMessage = z.infer<typeof RuntimeMessage>;

/** The parts of `runtime.MessageSender` the background checks. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

/** Pages our content scripts run on; a tab message from anywhere else is not ours. */
const CONTENT_SCRIPT_ORIGINS = ['https://arxiv.org', 'https://www.arxiv.org', 'https://export.arxiv.org'];

/**
 * Messages count only when they come from this extension: its own pages, or its content scripts on the
 * sites it serves. Other extensions (different `id`) and web pages (which cannot use `runtime.sendMessage`
 * to us without `externally_connectable`, but are checked anyway) are ignored.
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url) return false;
  if (sender.url.startsWith(extensionOrigin)) return true;
  if (!sender.tab) return false;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
  } catch {
    return false;
  }
  return CONTENT_SCRIPT_ORIGINS.includes(origin);
}
