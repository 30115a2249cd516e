import { z } from 'zod';
import { ArxivId, Doi, OpenAlexAuthorId } from './api/ids';
import { ResearcherProfile } from './api/profile';
import { PaperQuery, PaperResult, LIMITS } from './api/resolve';

/** Content script → background: resolve the authors of the papers on this page (identifiers and names only). */
export const ResolveMessage = z.strictObject({
  type: z.literal('peerlens:resolve'),
  papers: z.array(PaperQuery).min(1).max(LIMITS.papers),
  /** The reader pressed Retry on an answered name: ask the service again instead of answering from the cache. */
  fresh: z.literal(true).optional(),
});
export type ResolveMessage = z.infer<typeof ResolveMessage>;

export const ResolveReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), papers: z.array(PaperResult) }),
  z.object({ ok: z.literal(false), error: z.string(), retryable: z.boolean() }),
]);
export type ResolveReply = z.infer<typeof ResolveReply>;

/** Content script → background: the profile behind a resolved badge's card ("Why this score?", topics). */
export const ProfileMessage = z.strictObject({
  type: z.literal('peerlens:profile'),
  id: OpenAlexAuthorId,
});
export type ProfileMessage = z.infer<typeof ProfileMessage>;

/** What the card needs of a profile; the rest (works, collaborators…) stays in the background. */
export const CardProfile = ResearcherProfile.pick({ summary: true, breakdown: true, topics: true });
export type CardProfile = z.infer<typeof CardProfile>;

export const ProfileReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: CardProfile }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.number().int().nullable(), retryable: z.boolean() }),
]);
export type ProfileReply = z.infer<typeof ProfileReply>;

/** Content script → background: open the full profile page (a web page cannot open extension pages itself). */
export const OpenProfileMessage = z.strictObject({
  type: z.literal('peerlens:open-profile'),
  id: OpenAlexAuthorId,
});
export type OpenProfileMessage = z.infer<typeof OpenProfileMessage>;

/** Content script → background: open the look-up (the popup's search, in a tab) prefilled with a page's name. */
export const OpenSearchMessage = z.strictObject({
  type: z.literal('peerlens:open-search'),
  name: z.string().trim().min(1).max(LIMITS.nameLength),
});
export type OpenSearchMessage = z.infer<typeof OpenSearchMessage>;

/**
 * Content script → background: the reader says which candidate an ambiguous name on a paper is
 * (`researcherId`), or forgets that choice (`null`). Kept per paper, position and name.
 */
export const ChooseMessage = z.strictObject({
  type: z.literal('peerlens:choose'),
  paper: z.strictObject({ arxivId: ArxivId.optional(), doi: Doi.optional() }),
  position: z.number().int().min(1).max(LIMITS.names),
  name: z.string().trim().min(1).max(LIMITS.nameLength),
  researcherId: OpenAlexAuthorId.nullable(),
});
export type ChooseMessage = z.infer<typeof ChooseMessage>;

export const DoneReply = z.object({ ok: z.boolean() });
export type DoneReply = z.infer<typeof DoneReply>;

export const RuntimeMessage = z.discriminatedUnion('type', [ResolveMessage, ProfileMessage, OpenProfileMessage, OpenSearchMessage, ChooseMessage]);
export type RuntimeMessage = z.infer<typeof RuntimeMessage>;

/** The parts of `runtime.MessageSender` the background checks. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

/** arXiv: what a handler without a site check serves (unit tests, a background before settings load). */
const ARXIV_ORIGINS = ['https://arxiv.org', 'https://www.arxiv.org', 'https://export.arxiv.org'];

/** Whether a content script on this page URL may ask: the enabled sites (supported + reader-added). */
export type ServedUrlCheck = (url: URL) => boolean;

const arxivOnly: ServedUrlCheck = (url) => ARXIV_ORIGINS.includes(url.origin);

/**
 * Messages count only when they come from this extension: its own pages, or its content scripts on the
 * sites the reader has enabled (`servedUrl`: supported sites left on, and sites the reader added).
 * Other extensions (different `id`) and web pages (which cannot use `runtime.sendMessage` to us without
 * `externally_connectable`, but are checked anyway) are ignored.
 */
export function isTrustedSender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
  servedUrl: ServedUrlCheck = arxivOnly,
): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url) return false;
  if (sender.url.startsWith(extensionOrigin)) return true;
  if (!sender.tab) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return servedUrl(url);
}
