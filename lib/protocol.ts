/**
 * Every runtime message, by direction, with its schema, its reply's schema and who may send it, and the ONE
 * sender check the background's router applies before any handler runs. The message names live in
 * `protocol-names.ts` (zod-free, for content scripts); content scripts take only types from here.
 */
import { z } from 'zod';
import { AcceptInvitationRequest, InvitationRequest, ProfileSettingsRequest, ReportRequest } from './api/actions';
import { ArxivId, Doi, OpenAlexAuthorId } from './api/ids';
import { ResearcherProfile } from './api/profile';
import { ResearcherSummary } from './api/researcher';
import { LIMITS, PaperQuery, PaperResult, PaperTitle, PaperYear } from './api/resolve';
import {
  ACTION_MESSAGE,
  CARD_OPEN_MESSAGE,
  CHOOSE_MESSAGE,
  CLEAR_CACHE,
  LOAD_CARD_MESSAGE,
  OPEN_PROFILE_MESSAGE,
  OPEN_SEARCH_MESSAGE,
  PROFILE_MESSAGE,
  RESOLVE_MESSAGE,
  SCHOLARLY_PAGE_MESSAGE,
} from './protocol-names';

export * from './protocol-names';

// ---------------------------------------------------------------------------------------------------------
// Content script → background

/** Resolve the authors of the papers on this page (identifiers and names only). */
export const ResolveMessage = z.strictObject({
  type: z.literal(RESOLVE_MESSAGE),
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

/** The profile behind a resolved badge's card ("Why this score?", topics). */
export const ProfileMessage = z.strictObject({ type: z.literal(PROFILE_MESSAGE), id: OpenAlexAuthorId });
export type ProfileMessage = z.infer<typeof ProfileMessage>;

/** What the card needs of a profile; the rest (works, collaborators…) stays in the background. */
export const CardProfile = ResearcherProfile.pick({ summary: true, breakdown: true, topics: true });
export type CardProfile = z.infer<typeof CardProfile>;

export const ProfileReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: CardProfile }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.number().int().nullable(), retryable: z.boolean() }),
]);
export type ProfileReply = z.infer<typeof ProfileReply>;

/** Open the full profile page (a web page cannot open extension pages itself). */
export const OpenProfileMessage = z.strictObject({ type: z.literal(OPEN_PROFILE_MESSAGE), id: OpenAlexAuthorId });
export type OpenProfileMessage = z.infer<typeof OpenProfileMessage>;

/** Open the look-up (the popup's search, in a tab) prefilled with a page's name. */
export const OpenSearchMessage = z.strictObject({
  type: z.literal(OPEN_SEARCH_MESSAGE),
  name: z.string().trim().min(1).max(LIMITS.nameLength),
});
export type OpenSearchMessage = z.infer<typeof OpenSearchMessage>;

/**
 * The reader says which candidate an ambiguous name on a paper is (`researcherId`), or forgets that choice
 * (`null`). Kept per paper (its `paperKey`: identifiers, or title and year), position and name.
 */
export const ChooseMessage = z.strictObject({
  type: z.literal(CHOOSE_MESSAGE),
  paper: z.strictObject({
    arxivId: ArxivId.optional(),
    doi: Doi.optional(),
    title: PaperTitle.optional(),
    year: PaperYear.optional(),
  }),
  position: z.number().int().min(1).max(LIMITS.names),
  name: z.string().trim().min(1).max(LIMITS.nameLength),
  researcherId: OpenAlexAuthorId.nullable(),
});
export type ChooseMessage = z.infer<typeof ChooseMessage>;

export const DoneReply = z.object({ ok: z.boolean() });
export type DoneReply = z.infer<typeof DoneReply>;

/** The card opens for a resolved researcher: its follow and claim state, and a fresh nonce for its actions. */
export const CardOpenMessage = z.strictObject({ type: z.literal(CARD_OPEN_MESSAGE), id: OpenAlexAuthorId });
export type CardOpenMessage = z.infer<typeof CardOpenMessage>;

export const CardState = z.object({
  nonce: z.string(),
  following: z.boolean(),
  /** Counted followers from the service's last answer, when known. */
  followers: z.number().int().min(0).nullable(),
  claimed: z.boolean(),
  /** Why Connect is unavailable, in the service's words; null when it is available. */
  connectReason: z.string().nullable(),
  /** Whether Claim applies: unclaimed, or the reader's own pending claim. */
  canClaim: z.boolean(),
});
export type CardState = z.infer<typeof CardState>;

/**
 * Load the card on a site the reader added: the manifest cannot make card.js web-accessible there (the
 * origins are chosen at run time), so the background runs it in the asking frame's isolated world.
 */
export const LoadCardMessage = z.strictObject({ type: z.literal(LOAD_CARD_MESSAGE) });
export type LoadCardMessage = z.infer<typeof LoadCardMessage>;

/** The always-on detector: "this frame shows a scholarly page" (no data: the sender says where). No reply. */
export const ScholarlyPageMessage = z.strictObject({ type: z.literal(SCHOLARLY_PAGE_MESSAGE) });
export type ScholarlyPageMessage = z.infer<typeof ScholarlyPageMessage>;

// ---------------------------------------------------------------------------------------------------------
// Extension page → background (and, for CARD_ACTIONS only, the in-page card)

const id = OpenAlexAuthorId;
const Uuid = z.uuid();

/** The reader's actions: the background holds the session token and talks to the service. */
export const Action = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('session') }),
  z.strictObject({ kind: z.literal('sign-in') }),
  z.strictObject({ kind: z.literal('sign-out') }),
  z.strictObject({ kind: z.literal('follow'), id, summary: ResearcherSummary.nullable().optional() }),
  z.strictObject({ kind: z.literal('unfollow'), id }),
  z.strictObject({ kind: z.literal('follow-state'), id }),
  z.strictObject({ kind: z.literal('following') }),
  /** The reader's answer to "Add your follows from this browser to your account?" (extension pages only). */
  z.strictObject({ kind: z.literal('follow-offer'), accept: z.boolean() }),
  z.strictObject({ kind: z.literal('following-seen') }),
  z.strictObject({ kind: z.literal('import-follows'), text: z.string().max(2_000_000) }),
  z.strictObject({ kind: z.literal('claim-state'), id }),
  z.strictObject({ kind: z.literal('claim'), id }),
  z.strictObject({ kind: z.literal('release-claim'), claimId: Uuid }),
  z.strictObject({ kind: z.literal('profile-settings'), settings: ProfileSettingsRequest }),
  z.strictObject({ kind: z.literal('report'), report: ReportRequest }),
  z.strictObject({ kind: z.literal('invite'), id, invitation: InvitationRequest }),
  z.strictObject({ kind: z.literal('invitations') }),
  z.strictObject({ kind: z.literal('accept'), invitationId: Uuid, answer: AcceptInvitationRequest }),
  z.strictObject({ kind: z.literal('decline'), invitationId: Uuid }),
  z.strictObject({ kind: z.literal('block'), userId: Uuid }),
  /** Card: open the small action page (claim result, connect form, Not me?) for a researcher. */
  z.strictObject({
    kind: z.literal('open-action-page'),
    page: z.enum(['claim', 'connect', 'report']),
    id,
    paper: z.string().trim().max(300).optional(),
    /** The name as the page shows it: a report from an ambiguous card is about this name and one candidate. */
    name: z.string().trim().max(200).optional(),
  }),
]);
export type Action = z.infer<typeof Action>;
export type ActionKind = Action['kind'];

/** What the card may ask for: following is one click; claim, connect and reports open an extension page. */
export const CARD_ACTIONS: ReadonlySet<ActionKind> = new Set(['follow', 'unfollow', 'open-action-page']);

export const ActionMessage = z.strictObject({
  type: z.literal(ACTION_MESSAGE),
  action: Action,
  /** Set by the card only from an `isTrusted` click or key press in its own shadow DOM. */
  gesture: z.boolean().optional(),
  /** The nonce the background issued to this tab when the card opened. */
  nonce: z.string().max(64).optional(),
});
export type ActionMessage = z.infer<typeof ActionMessage>;

export const ActionReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.number().int().nullable() }),
]);
export type ActionReply = z.infer<typeof ActionReply>;

/** "Clear cache" on the options page. */
export const ClearCacheMessage = z.strictObject({ type: z.literal(CLEAR_CACHE) });
export type ClearCacheMessage = z.infer<typeof ClearCacheMessage>;

// ---------------------------------------------------------------------------------------------------------
// Background → content script: none (see BACKGROUND_MESSAGES).

// ---------------------------------------------------------------------------------------------------------
// Who may send what

/**
 * - `page`: the extension's own pages only (a content script's sender URL is the web page's).
 * - `content`: a content script in a tab, on a site the reader has enabled.
 * - `frame`: as `content`, and the frame is known (the background runs a script into exactly that frame).
 * - `page-or-content`: either.
 * - `page-or-card`: any action from a page; from a content script only a CARD_ACTION, with a trusted
 *   gesture and a nonce (the router's action handler then checks the nonce is this tab's current one).
 */
export type SenderRule = 'page' | 'content' | 'frame' | 'page-or-content' | 'page-or-card';

/** Every message the background accepts, its reply (null: it answers nothing) and who may send it. */
export const PROTOCOL = {
  [RESOLVE_MESSAGE]: { message: ResolveMessage, reply: ResolveReply, from: 'page-or-content' },
  [PROFILE_MESSAGE]: { message: ProfileMessage, reply: ProfileReply, from: 'page-or-content' },
  [OPEN_PROFILE_MESSAGE]: { message: OpenProfileMessage, reply: DoneReply, from: 'page-or-content' },
  [OPEN_SEARCH_MESSAGE]: { message: OpenSearchMessage, reply: DoneReply, from: 'page-or-content' },
  [CHOOSE_MESSAGE]: { message: ChooseMessage, reply: DoneReply, from: 'page-or-content' },
  [CARD_OPEN_MESSAGE]: { message: CardOpenMessage, reply: CardState, from: 'content' },
  [LOAD_CARD_MESSAGE]: { message: LoadCardMessage, reply: DoneReply, from: 'frame' },
  [SCHOLARLY_PAGE_MESSAGE]: { message: ScholarlyPageMessage, reply: null, from: 'frame' },
  [ACTION_MESSAGE]: { message: ActionMessage, reply: ActionReply, from: 'page-or-card' },
  [CLEAR_CACHE]: { message: ClearCacheMessage, reply: DoneReply, from: 'page' },
} as const satisfies Record<string, { message: z.ZodType; reply: z.ZodType | null; from: SenderRule }>;

export const InboundMessage = z.discriminatedUnion('type', [
  ResolveMessage,
  ProfileMessage,
  OpenProfileMessage,
  OpenSearchMessage,
  ChooseMessage,
  CardOpenMessage,
  LoadCardMessage,
  ScholarlyPageMessage,
  ActionMessage,
  ClearCacheMessage,
]);
export type InboundMessage = z.infer<typeof InboundMessage>;
export type MessageType = InboundMessage['type'];
export type MessageOf<T extends MessageType> = Extract<InboundMessage, { type: T }>;
export type ReplyOf<T extends MessageType> = (typeof PROTOCOL)[T]['reply'] extends z.ZodType ? z.infer<(typeof PROTOCOL)[T]['reply']> : void;

/** The parts of `runtime.MessageSender` the check reads. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** Who a message came from, once checked: the handlers use the tab and frame of a content script. */
export type Sender = { kind: 'page' } | { kind: 'content'; tabId: number; frameId: number | undefined; url: URL };

export interface SenderEnv {
  extensionId: string;
  /** `runtime.getURL('/')`: the extension's own pages start with it. */
  extensionOrigin: string;
  /** Whether a content script on this page may ask: the enabled sites (supported and reader-added). */
  served(url: URL): boolean;
}

/**
 * THE sender check. Messages count only from this extension (another extension's `id` differs; a web page
 * cannot reach `runtime.onMessage` without `externally_connectable`, and is refused anyway): from its own
 * pages, or from its content scripts in a tab on an enabled http(s) site, as the message's rule allows.
 * `null` means ignore: no answer tells a forger nothing.
 */
export function checkSender(message: InboundMessage, sender: SenderInfo, env: SenderEnv): Sender | null {
  if (sender.id !== env.extensionId || typeof sender.url !== 'string') return null;
  const rule: SenderRule = PROTOCOL[message.type].from;
  if (sender.url.startsWith(env.extensionOrigin)) {
    return rule === 'page' || rule === 'page-or-content' || rule === 'page-or-card' ? { kind: 'page' } : null;
  }
  if (rule === 'page') return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number') return null;
  if (rule === 'frame' && typeof sender.frameId !== 'number') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !env.served(url)) return null;
  if (message.type === ACTION_MESSAGE) {
    const { action, gesture, nonce } = message;
    if (!CARD_ACTIONS.has(action.kind) || gesture !== true || !nonce) return null;
  }
  return { kind: 'content', tabId, frameId: sender.frameId, url };
}
