import type { ClaimEvidence } from '../../lib/api/actions';
import type { Verification } from '../../lib/api/researcher';
import type { Db } from '../db/client';
import { decidedClaimsOn } from '../db/claims-store';
import { followersWithLevels } from '../db/follows-store';
import type { StoredWork } from '../db/works-store';
import { coAuthorNetwork } from './network';
import type { TrustInputs } from './types';

/** What PeerLens's own users add to a researcher record: its owner, an open dispute, its followers. */
export interface RecordStanding {
  owner: {
    userId: string;
    orcid: string;
    level: 'L3' | 'L4';
    evidence: ClaimEvidence;
    openToCollaborate: boolean;
    headline: string | null;
  } | null;
  /** Someone disputes the owner's claim: shown as "disputed" beside the owner's score. */
  disputed: boolean;
  /** An open dispute's evidence is at least as strong as the owner's (claim-rules.ts): the score is withheld. */
  scoreWithheld: boolean;
  /** Followers at L2 or above (the count the design shows). */
  followers: number;
  /** F: those followers weighted by their level. */
  weightedFollowers: number;
  /** k: close collaborators (from the stored works given) who own their record. */
  claimedCloseCollaborators: number;
}

export const NO_STANDING: RecordStanding = { owner: null, disputed: false, scoreWithheld: false, followers: 0, weightedFollowers: 0, claimedCloseCollaborators: 0 };

/**
 * A follower's weight is the level of the record they own (DESIGN: L2 0.5, L3 1, L4 1.5, below L2 0). A user
 * who signed in with ORCID but owns no record is not yet L2 — ORCID sign-in proves an iD, not that it belongs
 * to any author record — so they count 0 until one of their claims is approved. An owned record is L3 or L4.
 */
export const FOLLOWER_WEIGHT: Record<Verification, number> = { L0: 0, L1: 0, L2: 0.5, L3: 1, L4: 1.5 };

/**
 * Standings of many records in three queries. `storedWorks` (the works each record's score is computed from)
 * gives the close collaborators whose claims count towards k.
 */
export async function loadStandings(
  db: Db,
  ids: readonly string[],
  storedWorks?: ReadonlyMap<string, readonly StoredWork[]>,
): Promise<Map<string, RecordStanding>> {
  const result = new Map<string, RecordStanding>();
  if (ids.length === 0) return result;
  const closeOf = new Map<string, string[]>(ids.map((id) => [id, storedWorks ? coAuthorNetwork(id, storedWorks.get(id) ?? []).close : []]));
  const collaboratorIds = [...new Set([...closeOf.values()].flat())];
  const lookUp = [...new Set([...ids, ...collaboratorIds])];

  const [claimRows, followerRows] = await Promise.all([
    decidedClaimsOn(db, lookUp),
    followerCounts(db, ids),
  ]);

  const owned = new Set(claimRows.filter((r) => r.status === 'approved').map((r) => r.researcherId));
  for (const id of ids) {
    const owner = claimRows.find((r) => r.researcherId === id && r.status === 'approved');
    const counted = followerRows.get(id);
    result.set(id, {
      owner: owner
        ? { userId: owner.userId, orcid: owner.orcid, level: owner.level ?? 'L3', evidence: owner.evidence, openToCollaborate: owner.openToCollaborate, headline: owner.headline }
        : null,
      disputed: claimRows.some((r) => r.researcherId === id && r.status === 'disputed'),
      // Decided when the dispute was opened, against the owner's evidence then (claim-rules.ts).
      scoreWithheld: claimRows.some((r) => r.researcherId === id && r.status === 'disputed' && r.evidence.outweighsOwner === true),
      followers: counted?.followers ?? 0,
      weightedFollowers: counted?.weighted ?? 0,
      claimedCloseCollaborators: (closeOf.get(id) ?? []).filter((c) => owned.has(c)).length,
    });
  }
  return result;
}

/** Followers at L2+ and their weighted sum per record; an owner following their own record does not count. */
async function followerCounts(db: Db, ids: readonly string[]): Promise<Map<string, { followers: number; weighted: number }>> {
  const rows = await followersWithLevels(db, ids);
  const out = new Map<string, { followers: number; weighted: number }>();
  for (const r of rows) {
    const w = r.level ? FOLLOWER_WEIGHT[r.level] : 0;
    if (w <= 0) continue;
    const c = out.get(r.researcherId) ?? { followers: 0, weighted: 0 };
    out.set(r.researcherId, { followers: c.followers + 1, weighted: c.weighted + w });
  }
  return out;
}

/** The follower count the design shows: followers at L2 or above. */
export async function countedFollowers(db: Db, researcherId: string): Promise<number> {
  return (await followerCounts(db, [researcherId])).get(researcherId)?.followers ?? 0;
}

const LEVEL_ORDER: Verification[] = ['L0', 'L1', 'L2', 'L3', 'L4'];

/**
 * The score's inputs with what claims and follows add (DESIGN.md table): an owner makes the record L3 (L4 with
 * a matching member-asserted employment), Identity gains "claimed" 8, the ORCID facts checked at approval, and
 * identity confidence 1; a dispute that outweighs the owner's evidence sets identity confidence to 0. Pure.
 */
export function applyStanding(inputs: TrustInputs, standing: RecordStanding | undefined): TrustInputs {
  if (!standing) return inputs;
  const next: TrustInputs = {
    ...inputs,
    weightedFollowers: standing.weightedFollowers,
    claimedCloseCollaborators: standing.claimedCloseCollaborators,
    sources: {
      ...inputs.sources,
      weightedFollowers: `${standing.followers} PeerLens followers at L2 or above (L2 ×0.5, L3 ×1, L4 ×1.5)`,
      claimedCloseCollaborators: 'close collaborators who own their record on PeerLens',
    },
  };
  const owner = standing.owner;
  if (owner && inputs.verification !== 'L0') {
    const e = owner.evidence;
    next.verification = LEVEL_ORDER.indexOf(owner.level) > LEVEL_ORDER.indexOf(inputs.verification) ? owner.level : inputs.verification;
    next.claimed = true;
    // An approved claim read the owner's ORCID record: what it showed is asserted outside disambiguation.
    next.orcidAsserted = inputs.orcidAsserted || e.overlap.length > 0 || e.recordOrcid === e.signedInOrcid;
    next.orcidVerifiedEmail = e.verifiedPrimaryEmail;
    next.orcidTrustMarker = e.trustMarker;
    if (e.memberEmployment) next.institution = 'orcid-member';
    next.identityConfidence = 'claimed';
    next.sources = {
      ...next.sources,
      claimed: `claimed through ORCID sign-in by ${owner.orcid}`,
      orcidVerifiedEmail: 'owner’s ORCID record, read when the claim was approved',
      orcidTrustMarker: 'owner’s ORCID record, read when the claim was approved',
      identityConfidence: 'claimed by its owner',
      ...(e.memberEmployment ? { institution: `employment at ${e.memberEmployment} asserted by an ORCID member organisation` } : {}),
    };
  }
  // Only a dispute as strong as the owner's claim lowers identity confidence: a weaker one would let anyone
  // take points off anyone's score with one request.
  if (standing.scoreWithheld) {
    next.identityConfidence = 'disputed';
    next.sources = { ...next.sources, identityConfidence: 'a dispute with evidence as strong as the owner’s is open' };
  } else if (standing.disputed && owner) {
    next.sources = { ...next.sources, identityConfidence: 'claimed by its owner; a dispute with weaker evidence awaits review' };
  }
  return next;
}

export const DISPUTE_HOLD = 'A dispute over who owns this record is open, with evidence as strong as the owner’s; the score is withheld until it is settled.';
