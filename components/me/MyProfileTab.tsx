import { useEffect, useState } from 'preact/hooks';
import { LIMITS_ACTIONS, type Claim } from '../../lib/api/actions';
import type { DisputeNotice, MeResponse } from '../../lib/api/auth';
import { actionFailure, type ActionsClient } from '../../lib/actions/client';
import { ClaimResult } from '../claim/ClaimResult';

type MeClient = Pick<ActionsClient, 'profileSettings' | 'releaseClaim'>;

/** The name of a researcher record (its profile's), or null when it cannot be read. */
export type NameOf = (researcherId: string, signal: AbortSignal) => Promise<string | null>;

/** The owner's view: each claim, and for an owned record Open to collaborate, a headline, release. */
export function MyProfileTab({
  me,
  client,
  onChanged,
  onOpenInbox,
  nameOf,
}: {
  me: MeResponse;
  client: MeClient;
  onChanged: () => void;
  onOpenInbox: () => void;
  nameOf?: NameOf | undefined;
}) {
  if (me.claims.length === 0) return <p class="muted">You have not claimed an author record. Use “Claim this record” on your profile.</p>;
  return (
    <section aria-label="My profile">
      {me.unreadInvitations > 0 && (
        <p class="note">
          {me.unreadInvitations} pending invitation{me.unreadInvitations === 1 ? '' : 's'}.{' '}
          <button type="button" class="linkish" onClick={onOpenInbox}>
            Open the inbox
          </button>
        </p>
      )}
      {me.disputes.map((d) => (
        <DisputeNote key={d.claimId} dispute={d} />
      ))}
      <ul class="items">
        {me.claims.map((claim) => (
          <OwnedClaim key={claim.id} claim={claim} client={client} onChanged={onChanged} nameOf={nameOf} />
        ))}
      </ul>
    </section>
  );
}

/** An open dispute, told to both parties: the owner learns who disputes, the claimant that it is under review. */
export function DisputeNote({ dispute: d }: { dispute: DisputeNotice }) {
  const record = d.researcherName ?? d.researcherId;
  const by = d.claimant ? `${d.claimant.name ?? 'another ORCID user'} (ORCID ${d.claimant.orcid})` : 'another ORCID user';
  return (
    <div class="note" role="status" data-dispute-role={d.role} data-researcher-id={d.researcherId}>
      <p class="line">{d.role === 'owner' ? `Your claim of ${record} is disputed by ${by}.` : `Your dispute of ${record} is under review.`}</p>
      <p class="line muted">{d.message}</p>
    </div>
  );
}

function OwnedClaim({ claim, client, onChanged, nameOf }: { claim: Claim; client: MeClient; onChanged: () => void; nameOf?: NameOf | undefined }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!nameOf) return;
    const controller = new AbortController();
    nameOf(claim.researcherId, controller.signal).then(
      (n) => !controller.signal.aborted && setName(n),
      () => undefined,
    );
    return () => controller.abort();
  }, [claim.researcherId]);
  const [open, setOpen] = useState(claim.openToCollaborate);
  const [headline, setHeadline] = useState(claim.headline ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const owned = claim.status === 'approved';
  const save = (settings: { openToCollaborate?: boolean; headline?: string | null }, done: string) =>
    client.profileSettings({ researcherId: claim.researcherId, ...settings }).then(
      (res) => {
        setOpen(res.claim.openToCollaborate);
        setStatus(done);
      },
      (e: unknown) => setStatus(actionFailure(e)),
    );
  return (
    <li data-researcher-id={claim.researcherId}>
      {/* The record by its name; the bare OpenAlex id only as the small print it is. */}
      <h2 class="claim-name">{name ?? 'Your author record'}</h2>
      <p class="line muted small">OpenAlex {claim.researcherId}</p>
      <ClaimResult claim={claim} inMyProfile />
      {owned && (
        <div class="form">
          <label class="check">
            <input
              type="checkbox"
              name="open-to-collaborate"
              checked={open}
              onChange={(e) => void save({ openToCollaborate: e.currentTarget.checked }, e.currentTarget.checked ? 'You are open to collaborate.' : 'You are no longer open to collaborate.')}
            />
            <span>Open to collaborate</span>
          </label>
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              void save({ headline: headline.trim() === '' ? null : headline }, 'Headline saved.');
            }}
          >
            <label>
              One-line headline
              <input type="text" name="headline" maxLength={LIMITS_ACTIONS.headline} value={headline} onInput={(e) => setHeadline(e.currentTarget.value)} />
            </label>
            <button type="submit" class="action">
              Save headline
            </button>
          </form>
        </div>
      )}
      <button
        type="button"
        class="linkish"
        onClick={() => {
          if (!confirm('Release this claim? The record becomes unclaimed again.')) return;
          void client.releaseClaim(claim.id).then(onChanged, (e: unknown) => setStatus(actionFailure(e)));
        }}
      >
        Release claim
      </button>
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </li>
  );
}
