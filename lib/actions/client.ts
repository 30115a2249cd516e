import { z } from 'zod';
import {
  ClaimResponse,
  InvitationResponse,
  InvitationsResponse,
  ProfileSettingsResponse,
  ReleaseClaimResponse,
  ReportResponse,
  ResearcherClaimState,
  type AcceptInvitationRequest,
  type InvitationRequest,
  type ProfileSettingsRequest,
  type ReportRequest,
} from '../api/actions';
import { MeResponse } from '../api/auth';
import { ResearcherSummary } from '../api/researcher';
import { ACTION_MESSAGE, ActionReply, type Action } from '../protocol';
import { ActionError } from './service-call';

/** How an extension page reaches the background (`browser.runtime.sendMessage`; a fake in tests). */
export type SendMessage = (message: unknown) => Promise<unknown>;

const SessionView = z.object({
  signedIn: z.boolean(),
  orcid: z.string().nullable(),
  name: z.string().nullable(),
  signedOutReason: z.string().nullable(),
  me: MeResponse.nullable(),
  followOffer: z.object({ count: z.number().int().min(1), names: z.array(z.string()) }).nullable().default(null),
});
export type SessionView = z.infer<typeof SessionView>;

const FollowState = z.object({ following: z.boolean(), followers: z.number().int().nullable() });
export type FollowState = z.infer<typeof FollowState>;

const WatchState = z.object({
  since: z.string(),
  known: z.array(z.string()),
  unseen: z.array(z.object({ id: z.string(), title: z.string().nullable(), year: z.number().nullable() })),
});
const FollowEntry = z.object({
  researcherId: z.string(),
  followedAt: z.string(),
  name: z.string().nullable(),
  summary: ResearcherSummary.nullable(),
  watch: WatchState.nullable(),
  /** The account (ORCID iD) this follow belongs to; null or absent: this browser's own. */
  account: z.string().nullable().optional(),
});
export type FollowEntryView = z.infer<typeof FollowEntry>;
const FollowingView = z.object({ items: z.array(FollowEntry), signedIn: z.boolean() });

/**
 * The reader's actions from extension pages: each is one message to the background, which holds the session
 * and talks to the service. Failures arrive as `ActionError` with the service's own words.
 */
export function createActionsClient(send: SendMessage) {
  async function act<T extends z.ZodType>(action: Action, schema: T): Promise<z.infer<T>> {
    let raw: unknown;
    try {
      raw = await send({ type: ACTION_MESSAGE, action });
    } catch {
      throw new ActionError('PeerLens’s background is not answering; try again.', null);
    }
    const reply = ActionReply.safeParse(raw);
    if (!reply.success) throw new ActionError('PeerLens could not read the answer.', null);
    if (!reply.data.ok) throw new ActionError(reply.data.error, reply.data.status);
    const data = schema.safeParse(reply.data.data);
    if (!data.success) throw new ActionError('PeerLens could not read the answer.', null);
    return data.data;
  }
  return {
    session: () => act({ kind: 'session' }, SessionView),
    signIn: () => act({ kind: 'sign-in' }, SessionView),
    signOut: () => act({ kind: 'sign-out' }, SessionView),
    answerFollowOffer: (accept: boolean) => act({ kind: 'follow-offer', accept }, SessionView),
    follow: (id: string, summary: ResearcherSummary | null = null) => act({ kind: 'follow', id, summary }, FollowState),
    unfollow: (id: string) => act({ kind: 'unfollow', id }, FollowState),
    followState: (id: string) => act({ kind: 'follow-state', id }, FollowState),
    following: () => act({ kind: 'following' }, FollowingView),
    followingSeen: () => act({ kind: 'following-seen' }, z.null()),
    importFollows: (text: string) => act({ kind: 'import-follows', text }, z.object({ added: z.number(), total: z.number() })),
    claimState: (id: string) => act({ kind: 'claim-state', id }, ResearcherClaimState),
    claim: (id: string) => act({ kind: 'claim', id }, ClaimResponse),
    releaseClaim: (claimId: string) => act({ kind: 'release-claim', claimId }, ReleaseClaimResponse),
    profileSettings: (settings: ProfileSettingsRequest) => act({ kind: 'profile-settings', settings }, ProfileSettingsResponse),
    report: (report: ReportRequest) => act({ kind: 'report', report }, ReportResponse),
    invite: (id: string, invitation: InvitationRequest) => act({ kind: 'invite', id, invitation }, InvitationResponse),
    invitations: () => act({ kind: 'invitations' }, InvitationsResponse),
    accept: (invitationId: string, answer: AcceptInvitationRequest) => act({ kind: 'accept', invitationId, answer }, InvitationResponse),
    decline: (invitationId: string) => act({ kind: 'decline', invitationId }, InvitationResponse),
    block: (userId: string) => act({ kind: 'block', userId }, z.object({ blocked: z.string() })),
  };
}
export type ActionsClient = ReturnType<typeof createActionsClient>;

/** The message to show for a failure (an `ActionError` carries the service's words). */
export function actionFailure(error: unknown): string {
  return error instanceof ActionError ? error.message : 'Something went wrong.';
}
