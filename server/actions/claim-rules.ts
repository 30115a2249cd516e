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
}

export interface ClaimDecision {
  status: ClaimStatus;
  rule: ClaimRule;
  level: 'L3' | 'L4' | null;
  evidence: ClaimEvidence;
}

/**
 * DESIGN.md "Follow, claim, connect", in order: a record someone else owns → dispute; the record's ORCID iD is
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

  if (f.ownedByAnother) return { status: 'disputed', rule: 'owned-by-another', level: null, evidence };
  if (f.recordOrcid !== null && f.recordOrcid === f.signedInOrcid) return approved('orcid-match');
  if (f.recordOrcid === null && overlap.length >= needed) return approved('works-overlap');
  return { status: 'pending', rule: 'review', level: null, evidence };
}

/** The decision in words, for the popup and the audit. */
export function claimReason(status: ClaimStatus, rule: ClaimRule, e: ClaimEvidence): string {
  if (status === 'disputed') return 'Disputed: this record already has an owner. The score is hidden until the dispute is settled.';
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
