import type { Claim } from '../../lib/api/actions';

const HEADINGS: Record<Claim['status'], string> = {
  approved: 'Claim approved',
  pending: 'Claim pending review',
  disputed: 'Claim disputed',
};

/** The outcome of a claim, with the service's reason and the evidence it was decided on. */
export function ClaimResult({ claim, inMyProfile = false }: { claim: Claim; /** Shown in My profile, beside the settings it would point to. */ inMyProfile?: boolean }) {
  const e = claim.evidence;
  return (
    <div class={`result ${claim.status}`} role="status" data-claim-status={claim.status}>
      <h3>
        {HEADINGS[claim.status]}
        {claim.level && ` · Verification ${claim.level}`}
      </h3>
      <p class="line">{claim.reason}</p>
      {claim.status === 'approved' && !inMyProfile && (
        <p class="line muted">The record now shows as claimed; you can set Open to collaborate in the popup’s My profile tab.</p>
      )}
      {claim.status === 'pending' && (
        <ul class="reason">
          <li>Your ORCID iD: {e.signedInOrcid}; the record’s: {e.recordOrcid ?? 'none'}</li>
          <li>
            Works in common: {e.overlap.length} of {e.needed} needed ({e.recordDois} on the record, {e.orcidDois} on your ORCID record)
          </li>
          {e.orcidRecordProblem && <li>{e.orcidRecordProblem}</li>}
        </ul>
      )}
      {claim.status === 'disputed' && (
        <p class="line muted">
          Your dispute is under review: the record keeps its owner, who has been told,{' '}
          {e.outweighsOwner === true ? 'and its score is withheld until the dispute is settled.' : 'and its score stays, marked disputed, until the dispute is settled.'}
        </p>
      )}
    </div>
  );
}
