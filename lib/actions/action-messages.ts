import { z } from 'zod';
import { AcceptInvitationRequest, InvitationRequest, ProfileSettingsRequest, ReportRequest } from '../api/actions';
import { OpenAlexAuthorId } from '../api/ids';
import { ResearcherSummary } from '../api/researcher';

/**
 * The reader's actions, as messages to the background (which holds the session token and talks to the
 * service). Extension pages may send any of them; the in-page card only the CARD_ACTIONS, and only with a
 * trusted gesture and the nonce the background gave that tab when the card opened.
 */
const id = OpenAlexAuthorId;
const Uuid = z.uuid();

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

export const ACTION_MESSAGE = 'peerlens:action';
export const ActionMessage = z.strictObject({
  type: z.literal(ACTION_MESSAGE),
  action: Action,
  /** Set by the card only from an `isTrusted` click or key press in its own shadow DOM. */
  gesture: z.boolean().optional(),
  /** The nonce the background issued to this tab when the card opened. */
  nonce: z.string().max(64).optional(),
});
export type ActionMessage = z.infer<typeof ActionMessage>;

/** Card → background when it opens for a resolved researcher: its follow and claim state, and a fresh nonce. */
export const CARD_OPEN_MESSAGE = 'peerlens:card-open';
export const CardOpenMessage = z.strictObject({ type: z.literal(CARD_OPEN_MESSAGE), id });
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

export const ActionReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.number().int().nullable() }),
]);
export type ActionReply = z.infer<typeof ActionReply>;
