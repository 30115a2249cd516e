import { z } from 'zod';
import { OpenAlexAuthorId, Orcid } from './ids';
import { plainText } from './plain-text';
import { ResearcherSummary, Verification } from './researcher';

/*
 * Wire contract of the reader's actions — follow, claim, connect, report — between the service and the
 * extension. Every endpoint below except the report and the public claim state needs
 * `authorization: Bearer <session token>` (see auth.ts) and answers 401 without a valid one, 403 when the
 * action is not allowed (the `error` says why, in words to show), 429 past a limit; errors are `ApiError`.
 */

export const LIMITS_ACTIONS = {
  message: 500,
  contact: 200,
  headline: 120,
  reportReason: 1000,
  paper: 300,
  invitationsPerDay: 5,
} as const;

/** The exact reasons the card shows where Connect is unavailable (also the `error` of the matching 403). */
export const CONNECT_REASONS = {
  /** The viewer is the person of this unclaimed record (their ORCID iD, or their own pending claim). */
  claimFirst: 'Claim this author record first to unlock direct invitations',
  notClaimed: 'This researcher has not claimed their record yet',
  notOpen: 'This researcher is not open to collaborate right now',
  ownRecord: 'This is your own record',
  blocked: 'This researcher does not accept invitations from you',
  signIn: 'Sign in with ORCID to send an invitation',
} as const;

// ── Follow ─────────────────────────────────────────────────────────────────────────────────────────────
/** `PUT` and `DELETE /v1/me/following/:id` (idempotent). `followers` counts only followers at L2 or above. */
export const FollowResponse = z.object({
  researcherId: OpenAlexAuthorId,
  following: z.boolean(),
  followers: z.number().int().min(0),
});
export type FollowResponse = z.infer<typeof FollowResponse>;

/** `GET /v1/me/following`: newest first; `summary` is null when the record can no longer be loaded. */
export const FollowingResponse = z.object({
  items: z.array(
    z.object({
      researcherId: OpenAlexAuthorId,
      followedAt: z.string(),
      summary: ResearcherSummary.nullable(),
    }),
  ),
});
export type FollowingResponse = z.infer<typeof FollowingResponse>;

// ── Claim ──────────────────────────────────────────────────────────────────────────────────────────────
export const CLAIM_STATUSES = ['approved', 'pending', 'disputed'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Which rule of DESIGN.md decided: same iD; works overlap; neither (review); record owned by someone else. */
export const CLAIM_RULES = ['orcid-match', 'works-overlap', 'review', 'owned-by-another'] as const;
export const ClaimRule = z.enum(CLAIM_RULES);
export type ClaimRule = z.infer<typeof ClaimRule>;

/** What the decision was made from, kept with the claim and in the audit table. */
export const ClaimEvidence = z.object({
  signedInOrcid: Orcid,
  recordOrcid: Orcid.nullable(),
  /** DOIs of the record's works known to PeerLens, and of the works on the ORCID record. */
  recordDois: z.number().int().min(0),
  orcidDois: z.number().int().min(0),
  /** DOIs on both. */
  overlap: z.array(z.string()),
  /** Overlap needed: min(2, half the record's works), at least 1. */
  needed: z.number(),
  /** An item on the ORCID record asserted by an ORCID member organisation. */
  trustMarker: z.boolean(),
  /** The member-asserted employment that matches the record's institution, if any (gives L4). */
  memberEmployment: z.string().nullable(),
  verifiedPrimaryEmail: z.boolean(),
  /** Set when the ORCID record could not be read; the claim then goes to review. */
  orcidRecordProblem: z.string().nullable(),
  /**
   * For a dispute: whether this evidence is at least as strong as the owner's (then the score is withheld until
   * review; otherwise the owner's score stays, marked disputed). Absent on other claims.
   */
  outweighsOwner: z.boolean().optional(),
});
export type ClaimEvidence = z.infer<typeof ClaimEvidence>;

export const Claim = z.object({
  id: z.uuid(),
  researcherId: OpenAlexAuthorId,
  status: ClaimStatus,
  rule: ClaimRule,
  /** The decision in words, e.g. "Approved: the record's ORCID iD is yours." */
  reason: z.string(),
  evidence: ClaimEvidence,
  level: z.enum(['L3', 'L4']).nullable(),
  openToCollaborate: z.boolean(),
  headline: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string(),
});
export type Claim = z.infer<typeof Claim>;

/** `POST /v1/researchers/:id/claim` (no body): 201 for a new claim, 200 when the same claim already exists. */
export const ClaimResponse = z.object({ claim: Claim, summary: ResearcherSummary.nullable() });
export type ClaimResponse = z.infer<typeof ClaimResponse>;

/** `DELETE /v1/me/claims/:claimId`. */
export const ReleaseClaimResponse = z.object({ released: z.uuid(), researcherId: OpenAlexAuthorId });
export type ReleaseClaimResponse = z.infer<typeof ReleaseClaimResponse>;

/** `PATCH /v1/me/profile`: the owner's settings for an owned record (`researcherId` needed when they own several). */
export const ProfileSettingsRequest = z
  .strictObject({
    researcherId: OpenAlexAuthorId.optional(),
    openToCollaborate: z.boolean().optional(),
    headline: plainText(LIMITS_ACTIONS.headline).nullable().optional(),
  })
  .refine((r) => r.openToCollaborate !== undefined || r.headline !== undefined, 'set openToCollaborate or headline');
export type ProfileSettingsRequest = z.infer<typeof ProfileSettingsRequest>;
export const ProfileSettingsResponse = z.object({ claim: Claim });
export type ProfileSettingsResponse = z.infer<typeof ProfileSettingsResponse>;

/** `GET /v1/researchers/:id/claim` (session optional): what the card needs for Claim and Connect. */
export const ResearcherClaimState = z.object({
  researcherId: OpenAlexAuthorId,
  claimed: z.boolean(),
  /** A dispute is open: the owner's score is shown marked "disputed", or withheld when `scoreWithheld`. */
  disputed: z.boolean(),
  /** An open dispute's evidence is at least as strong as the owner's: the score is withheld until review. */
  scoreWithheld: z.boolean().optional(),
  owner: z.object({ openToCollaborate: z.boolean(), headline: z.string().nullable(), level: Verification }).nullable(),
  /** The signed-in reader's own claim of this record, if any. */
  yourClaim: Claim.nullable(),
  connect: z.object({ available: z.boolean(), reason: z.string().nullable() }),
});
export type ResearcherClaimState = z.infer<typeof ResearcherClaimState>;

// ── Not me? ────────────────────────────────────────────────────────────────────────────────────────────
/** `POST /v1/reports` (no session needed; limited per address and per session). */
export const ReportRequest = z.strictObject({
  researcherId: OpenAlexAuthorId,
  /** DOI or arXiv id of the paper where the wrong match was seen. */
  paper: plainText(LIMITS_ACTIONS.paper).optional(),
  reason: plainText(LIMITS_ACTIONS.reportReason, { multiline: true }),
});
export type ReportRequest = z.infer<typeof ReportRequest>;
export const ReportResponse = z.object({ id: z.uuid(), received: z.literal(true) });
export type ReportResponse = z.infer<typeof ReportResponse>;

// ── Connect ────────────────────────────────────────────────────────────────────────────────────────────
export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const InvitationStatus = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/** `POST /v1/researchers/:id/invitations`. */
export const InvitationRequest = z.strictObject({
  message: plainText(LIMITS_ACTIONS.message, { multiline: true }),
  /** DOI or arXiv id of the paper the invitation came from. */
  paper: plainText(LIMITS_ACTIONS.paper),
  /** How the recipient can reach the sender (e-mail, URL…), shown to them only if they accept. */
  contact: plainText(LIMITS_ACTIONS.contact),
});
export type InvitationRequest = z.infer<typeof InvitationRequest>;

/** `POST /v1/me/invitations/:id/accept`: the contact the recipient shares back. */
export const AcceptInvitationRequest = z.strictObject({ contact: plainText(LIMITS_ACTIONS.contact) });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;

export const Person = z.object({ userId: z.uuid(), orcid: Orcid, name: z.string().nullable() });
export type Person = z.infer<typeof Person>;

export const Invitation = z.object({
  id: z.uuid(),
  researcherId: OpenAlexAuthorId,
  status: InvitationStatus,
  message: z.string(),
  paper: z.string().nullable(),
  from: Person,
  to: Person,
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  /** For the recipient: whether they have seen it (listing the inbox marks it read). */
  read: z.boolean(),
  /** Both contacts, once accepted; null before. */
  contacts: z.object({ sender: z.string(), recipient: z.string() }).nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

/** `POST /v1/researchers/:id/invitations` (201), `…/accept`, `…/decline`. */
export const InvitationResponse = z.object({ invitation: Invitation });
export type InvitationResponse = z.infer<typeof InvitationResponse>;

/** `GET /v1/me/invitations`: `unread` is counted before this listing marks the inbox read. */
export const InvitationsResponse = z.object({
  received: z.array(Invitation),
  sent: z.array(Invitation),
  unread: z.number().int().min(0),
});
export type InvitationsResponse = z.infer<typeof InvitationsResponse>;

/** `POST /v1/me/blocks/:userId`: no more invitations from that user; their open ones are declined. */
export const BlockResponse = z.object({ blocked: z.uuid() });
export type BlockResponse = z.infer<typeof BlockResponse>;
