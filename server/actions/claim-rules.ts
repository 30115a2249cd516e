import type { ClaimEvidence, ClaimRule, ClaimStatus } from '../../lib/api/actions';
import type { OrcidFacts } from '../upstream/orcid';

/** What a claim is decided from, gathered before the decision (see claims.ts). */
export interface ClaimFacts {
  signedInOrcid: string;
  recordOrcid: string | null;
  /** The record's works count (OpenAlex), for "half of the record's works". */
  recordWorks: number;
  /** DOIs of the record's works known to PeerLens. */
  recordDois: ReadonlySet<string>;
  recordInstitutions: ReadonlyArray<{ name: string | null; ror: string | null }>;
  /** The signed-in user's ORCID record, or null when it could not be read (`orcidProblem` says why). */
  orcid: OrcidFacts | null;
  orcidProblem: string | null;
  /** Someone else already owns the record. */
  ownedByAnother: boolean;
  /** The owner's evidence, kept with their approved claim (null when unknown: the dispute then withholds nothing). */
  ownerEvidence?: ClaimEvidence | null;
}

/** How many disputes one person may hold open at once: enough for a real mix-up, too few to mute a field. */
export const MAX_OPEN_DISPUTES = 3;

/**
 * How strongly a claim's evidence ties the claimant to the record, as [tier, shared works]: the record's ORCID
 * iD is theirs (3); their ORCID record lists enough of the record's works to approve (2), some of them (1);
 * nothing (0). Compared tier first, then the number of shared works.
 */
export function evidenceStrength(e: ClaimEvidence): [tier: number, sharedWorks: number] {
  const shared = e.overlap.length;
  const tier = e.recordOrcid !== null && e.recordOrcid === e.signedInOrcid ? 3 : shared >= e.needed ? 2 : shared > 0 ? 1 : 0;
  return [tier, shared];
}

/**
 * DESIGN.md: a dispute withholds the owner's score only when the disputer's evidence is at least as strong as
 * the owner's; a dispute without any evidence never does (it is shown as "disputed" beside the score). Pure.
 */
export function disputeOutweighsOwner(dispute: ClaimEvidence, owner: ClaimEvidence | null | undefined): boolean {
  if (!owner) return false;
  const [tier, shared] = evidenceStrength(dispute);
  const [ownerTier, ownerShared] = evidenceStrength(owner);
  return tier > 0 && (tier > ownerTier || (tier === ownerTier && shared >= ownerShared));
}

export interface ClaimDecision {
  status: ClaimStatus;
  rule: ClaimRule;
  level: 'L3' | 'L4' | null;
  evidence: ClaimEvidence;
}

/**
 * DESIGN.md "Follow, claim, connect", in order: a record someone else owns → dispute (recording whether its
 * evidence outweighs the owner's); the record's ORCID iD is
 * the signed-in iD → approved; the record has no ORCID iD and the ORCID record's works overlap the record's by
 * at least min(2, half the record's works) → approved; otherwise pending review with the evidence. Pure.
 */
export function decideClaim(f: ClaimFacts): ClaimDecision {
  const overlap = f.orcid ? [...f.recordDois].filter((d) => f.orcid!.dois.has(d)).sort() : [];
  // "Half" of a 1-work record is half a work: at least one shared work is always needed.
  const needed = Math.max(1, Math.min(2, Math.ceil(f.recordWorks / 2)));
  const memberEmployment = f.orcid ? matchingMemberEmployment(f.orcid, f.recordInstitutions) : null;
  const evidence: ClaimEvidence = {
    signedInOrcid: f.signedInOrcid,
    recordOrcid: f.recordOrcid,
    recordDois: f.recordDois.size,
    orcidDois: f.orcid?.dois.size ?? 0,
    overlap,
    needed,
    trustMarker: f.orcid?.trustMarker ?? false,
    memberEmployment,
    verifiedPrimaryEmail: f.orcid?.verifiedPrimaryEmail ?? false,
    orcidRecordProblem: f.orcidProblem,
  };
  const approved = (rule: ClaimRule): ClaimDecision => ({ status: 'approved', rule, level: memberEmployment ? 'L4' : 'L3', evidence });

  if (f.ownedByAnother) {
    return { status: 'disputed', rule: 'owned-by-another', level: null, evidence: { ...evidence, outweighsOwner: disputeOutweighsOwner(evidence, f.ownerEvidence) } };
  }
  if (f.recordOrcid !== null && f.recordOrcid === f.signedInOrcid) return approved('orcid-match');
  if (f.recordOrcid === null && overlap.length >= needed) return approved('works-overlap');
  return { status: 'pending', rule: 'review', level: null, evidence };
}

/** The decision in words, for the popup and the audit. */
export function claimReason(status: ClaimStatus, rule: ClaimRule, e: ClaimEvidence): string {
  if (status === 'disputed') {
    return e.outweighsOwner === true
      ? 'Disputed: this record already has an owner, and your evidence is at least as strong as theirs. The score is withheld until PeerLens has reviewed both claims.'
      : 'Disputed: this record already has an owner whose evidence is stronger than yours. Your dispute and its evidence are kept for review; the owner’s score stays, marked disputed.';
  }
  if (status === 'approved') {
    const level = e.memberEmployment ? ` Verified L4: ${e.memberEmployment}, asserted by an ORCID member organisation, matches the record.` : '';
    return rule === 'orcid-match'
      ? `Approved: the record's ORCID iD is yours.${level}`
      : `Approved: your ORCID record lists ${e.overlap.length} of this record's works (${e.needed} needed).${level}`;
  }
  if (e.orcidRecordProblem) return `Pending review: your ORCID record could not be read (${e.orcidRecordProblem}).`;
  if (e.recordOrcid !== null) return 'Pending review: this record carries a different ORCID iD than yours.';
  return `Pending review: your ORCID record lists ${e.overlap.length} of this record's works; ${e.needed} are needed for approval at once.`;
}

/**
 * An employment written by an ORCID member organisation (not by the person) at the record's institution, by
 * ROR id when both have one, else by name. Education is a trust marker too, but only employment says where the
 * researcher works now.
 */
function matchingMemberEmployment(
  orcid: OrcidFacts,
  institutions: ReadonlyArray<{ name: string | null; ror: string | null }>,
): string | null {
  const rors = new Set(institutions.map((i) => bareRor(i.ror)).filter((r): r is string => r !== null));
  const names = new Set(institutions.map((i) => normaliseName(i.name)).filter((n) => n !== ''));
  for (const a of orcid.affiliations) {
    if (a.kind !== 'employment' || !a.memberAsserted) continue;
    const ror = a.orgIdSource?.toUpperCase() === 'ROR' ? bareRor(a.orgId) : null;
    if ((ror && rors.has(ror)) || names.has(normaliseName(a.organisation))) return a.organisation ?? ror ?? 'an institution';
  }
  return null;
}

function bareRor(value: string | null): string | null {
  const m = value?.trim().match(/([0-9a-z]{9})\/?$/i);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function normaliseName(value: string | null): string {
  return (value ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
