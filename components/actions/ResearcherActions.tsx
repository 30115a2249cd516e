import { useEffect, useState } from 'preact/hooks';
import type { Claim, ResearcherClaimState } from '../../lib/api/actions';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { actionFailure, type ActionsClient } from '../../lib/actions/client';
import { ClaimResult } from '../claim/ClaimResult';
import { ConnectForm } from '../connect/ConnectForm';
import { FollowButton } from '../follow/FollowButton';
import { ReportForm } from '../report/ReportForm';

export interface ResearcherActionsProps {
  summary: ResearcherSummary;
  client: ActionsClient;
  /** The paper the reader came from, prefilled in the invitation. */
  paper?: string | undefined;
  /** The name as the page showed it, when the reader came from an ambiguous card's candidate. */
  pageName?: string | undefined;
  /** A claim or dispute was decided: the record's level or score changed, reload what shows it. */
  onRecordChanged?: (() => void) | undefined;
  /** Open the connect form or report form straight away (the action page opened from the card). */
  open?: 'connect' | 'report' | undefined;
}

/** Follow, Claim this record, Connect (or why not) and Not me? for one researcher: popup and full profile. */
export function ResearcherActions({ summary, client, paper, pageName, open, onRecordChanged }: ResearcherActionsProps) {
  const [state, setState] = useState<ResearcherClaimState | null>(null);
  const [claim, setClaim] = useState<Claim | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<'connect' | 'report' | null>(open ?? null);
  const [signedIn, setSignedIn] = useState(false);
  /** "This is my record": the reader asked to dispute and is reading what it does before confirming. */
  const [confirmDispute, setConfirmDispute] = useState(false);

  const load = () => client.claimState(summary.id).then(setState, (e: unknown) => setError(actionFailure(e)));
  useEffect(() => void load(), [summary.id]);
  useEffect(() => void client.session().then((s) => setSignedIn(s.signedIn), () => setSignedIn(false)), []);

  function claimRecord() {
    setBusy(true);
    setConfirmDispute(false);
    setError(null);
    client.claim(summary.id).then(
      (res) => {
        setClaim(res.claim);
        setBusy(false);
        void load();
        onRecordChanged?.();
      },
      (e: unknown) => {
        setError(actionFailure(e));
        setBusy(false);
      },
    );
  }

  const shown = claim ?? state?.yourClaim ?? null;
  const canClaim = state !== null && !state.claimed && shown?.status !== 'pending';
  // A claimed record the signed-in reader has no claim of (so is not its owner): the same POST opens a dispute.
  const canDispute = signedIn && state !== null && state.claimed && shown === null;
  return (
    <section class="researcher-actions" aria-label="Actions">
      <div class="actions-row">
        <FollowButton summary={summary} client={client} />
        {canClaim && (
          <button type="button" class="action" disabled={busy} onClick={claimRecord}>
            {busy ? 'Claiming…' : 'Claim this record'}
          </button>
        )}
        {state?.connect.available && (
          <button type="button" class={panel === 'connect' ? 'action on' : 'action'} onClick={() => setPanel(panel === 'connect' ? null : 'connect')}>
            Connect
          </button>
        )}
        <button type="button" class="linkish" onClick={() => setPanel(panel === 'report' ? null : 'report')}>
          Not me?
        </button>
      </div>
      {/* Every signed-in reader meets claimed records: disputing is behind a disclosure, not offered to all. */}
      {canDispute && !confirmDispute && (
        <details class="dispute">
          <summary>Claimed by someone else. Is this you?</summary>
          <p class="line muted">If this record lists your works, you can dispute the claim.</p>
          <button type="button" class="linkish" disabled={busy} onClick={() => setConfirmDispute(true)}>
            This is my record — dispute the claim
          </button>
        </details>
      )}
      {canDispute && confirmDispute && (
        <div class="note" role="group" aria-label="Dispute the claim">
          <p class="line">
            Someone else has claimed {summary.name}’s record. Your ORCID record is compared with the owner’s evidence: the score is withheld until PeerLens reviews both
            claims only if yours is at least as strong; otherwise it stays, marked disputed; the owner is told, and keeps the record meanwhile. You may hold at most 3
            open disputes.
          </p>
          <button type="button" class="action" disabled={busy} onClick={claimRecord}>
            {busy ? 'Opening the dispute…' : 'Open the dispute'}
          </button>{' '}
          <button type="button" class="linkish" disabled={busy} onClick={() => setConfirmDispute(false)}>
            Cancel
          </button>
        </div>
      )}
      {state && !state.connect.available && state.connect.reason && <p class="reason">{state.connect.reason}</p>}
      {state?.disputed && (
        <p class="note">
          {state.scoreWithheld
            ? 'This record’s claim is disputed with evidence as strong as the owner’s: its score is withheld until it is settled.'
            : 'This record’s claim is disputed: the owner’s score stays, marked disputed, while PeerLens reviews the evidence.'}
        </p>
      )}
      {shown && <ClaimResult claim={shown} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {panel === 'connect' && state?.connect.available && <ConnectForm researcherId={summary.id} researcherName={summary.name} paper={paper ?? ''} client={client} />}
      {panel === 'report' && <ReportForm researcherId={summary.id} researcherName={summary.name} paper={paper} pageName={pageName} client={client} />}
    </section>
  );
}
