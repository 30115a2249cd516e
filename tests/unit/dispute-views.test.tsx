import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResearcherActions } from '../../components/actions/ResearcherActions';
import { MyProfileTab } from '../../components/me/MyProfileTab';
import { ResearcherSnapshot } from '../../components/ResearcherSnapshot';
import type { Claim, ResearcherClaimState } from '../../lib/api/actions';
import { MeResponse, type DisputeNotice } from '../../lib/api/auth';
import type { ActionsClient } from '../../lib/actions/client';
import { inputInWords } from '../../components/why/input-words';
import { researcher } from './sample-results';

afterEach(cleanup);

const PRIEM = 'A5023888391';
const disputed: Claim = {
  id: '0b0e8a5e-4c1b-4f0e-9a43-5d1b6a8f2c11',
  researcherId: PRIEM,
  status: 'disputed',
  rule: 'owned-by-another',
  reason: 'Disputed: this record already has an owner; PeerLens will review both claims.',
  evidence: { signedInOrcid: '0000-0001-7718-3181', recordOrcid: '0000-0001-6187-6610', recordDois: 8, orcidDois: 1, overlap: [], needed: 2, trustMarker: false, memberEmployment: null, verifiedPrimaryEmail: false, orcidRecordProblem: null },
  level: null,
  openToCollaborate: false,
  headline: null,
  createdAt: '2026-05-20T12:00:00Z',
  decidedAt: '2026-05-20T12:00:00Z',
};
const ownedState: ResearcherClaimState = {
  researcherId: PRIEM,
  claimed: true,
  disputed: false,
  owner: { openToCollaborate: false, headline: null, level: 'L3' },
  yourClaim: null,
  connect: { available: false, reason: 'This researcher is not open to collaborate right now' },
};

function fakeClient(over: { signedIn: boolean; state: ResearcherClaimState; claim?: () => Promise<{ claim: Claim; summary: null }> }) {
  const claim = vi.fn(over.claim ?? (async () => ({ claim: disputed, summary: null })));
  const client = {
    session: async () => ({ signedIn: over.signedIn, orcid: over.signedIn ? '0000-0001-7718-3181' : null, name: null, signedOutReason: null, me: null }),
    claimState: async () => over.state,
    followState: async () => ({ following: false, followers: null }),
    follow: async () => ({ following: true, followers: null }),
    unfollow: async () => ({ following: false, followers: null }),
    claim,
  } as unknown as ActionsClient;
  return { client, claim };
}

describe('dispute from a profile: “This is my record”', () => {
  it('a signed-in reader who does not own a claimed record can dispute it, after reading what it does; the result shows its reason', async () => {
    const { client, claim } = fakeClient({ signedIn: true, state: ownedState });
    const onRecordChanged = vi.fn();
    render(<ResearcherActions summary={researcher({ id: PRIEM, name: 'Jason Priem' })} client={client} onRecordChanged={onRecordChanged} />);
    // Not offered outright to every signed-in reader: it waits behind a closed disclosure.
    const disclosure = (await screen.findByText('Claimed by someone else. Is this you?')).closest('details')!;
    expect(disclosure.open).toBe(false);
    const dispute = screen.getByRole('button', { name: 'This is my record — dispute the claim' });
    expect(disclosure.contains(dispute)).toBe(true);
    fireEvent.click(screen.getByText('Claimed by someone else. Is this you?'));
    expect(disclosure.open).toBe(true);
    fireEvent.click(dispute);
    expect(screen.getByRole('group', { name: 'Dispute the claim' }).textContent).toContain('the score is withheld until PeerLens reviews both claims only if yours is at least as strong; otherwise it stays, marked disputed');
    expect(claim).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Open the dispute' }));
    const result = await screen.findByText(/Claim disputed/);
    const face = result.closest('[data-claim-status]')!;
    expect(face.getAttribute('data-claim-status')).toBe('disputed');
    expect(face.textContent).toContain(disputed.reason);
    expect(face.textContent).toContain('Your dispute is under review');
    expect(claim).toHaveBeenCalledWith(PRIEM);
    // The page showing the record reloads it: it now shows the dispute.
    expect(onRecordChanged).toHaveBeenCalledTimes(1);
  });

  it('is not offered signed out, to the owner, nor on an unclaimed record (that one is “Claim this record”)', async () => {
    const cases: { signedIn: boolean; state: ResearcherClaimState }[] = [
      { signedIn: false, state: ownedState },
      { signedIn: true, state: { ...ownedState, yourClaim: { ...disputed, status: 'approved', rule: 'orcid-match', level: 'L3' } } },
      { signedIn: true, state: { ...ownedState, claimed: false, owner: null } },
    ];
    for (const c of cases) {
      const { client } = fakeClient(c);
      render(<ResearcherActions summary={researcher({ id: PRIEM, name: 'Jason Priem' })} client={client} />);
      await screen.findByRole('button', { name: 'Not me?' });
      await waitFor(() => expect(screen.queryByText(/Loading/)).toBeNull());
      await new Promise((r) => setTimeout(r, 0));
      expect(screen.queryByRole('button', { name: /dispute the claim/ })).toBeNull();
      cleanup();
    }
  });
});

describe('open disputes in My profile: both parties are told', () => {
  const me = (disputes: DisputeNotice[], claims: Claim[]) =>
    MeResponse.parse({
      user: { id: '7c4d3b0e-1f0a-4c5e-8d2b-9a1e2f3c4d5e', orcid: '0000-0001-6187-6610', name: 'Jason Priem' },
      session: { expiresAt: '2026-06-20T12:00:00Z' },
      claims,
      disputes,
      settings: { ownedResearcherIds: [], openToCollaborate: false },
      unreadInvitations: 0,
    });
  const client = { profileSettings: vi.fn(), releaseClaim: vi.fn() } as unknown as Pick<ActionsClient, 'profileSettings' | 'releaseClaim'>;
  const notice = { researcherId: PRIEM, claimId: disputed.id, openedAt: disputed.decidedAt, message: 'Its score is hidden until PeerLens settles the dispute.' };

  it('the owner: “Your claim is disputed by …” with the claimant’s name and ORCID iD', () => {
    const owned = { ...disputed, id: '1b0e8a5e-4c1b-4f0e-9a43-5d1b6a8f2c11', status: 'approved' as const, rule: 'orcid-match' as const, level: 'L3' as const };
    render(<MyProfileTab me={me([{ ...notice, role: 'owner', researcherName: 'Jason Priem', claimant: { orcid: '0000-0001-7718-3181', name: 'Casey Carberry' } }], [owned])} client={client} onChanged={() => undefined} onOpenInbox={() => undefined} />);
    const note = document.querySelector('[data-dispute-role="owner"]')!;
    expect(note.textContent).toContain('Your claim of Jason Priem is disputed by Casey Carberry (ORCID 0000-0001-7718-3181).');
  });

  it('the claimant: “Your dispute of … is under review”; an older service without names still reads', () => {
    render(<MyProfileTab me={me([{ ...notice, role: 'claimant', researcherName: 'Jason Priem', claimant: null }], [disputed])} client={client} onChanged={() => undefined} onOpenInbox={() => undefined} />);
    expect(document.querySelector('[data-dispute-role="claimant"]')!.textContent).toContain('Your dispute of Jason Priem is under review.');
    cleanup();
    const old = me([{ ...notice, role: 'claimant' } as DisputeNotice], [disputed]);
    expect(old.disputes[0]).toMatchObject({ researcherName: null, claimant: null });
    render(<MyProfileTab me={old} client={client} onChanged={() => undefined} onOpenInbox={() => undefined} />);
    expect(document.querySelector('[data-dispute-role="claimant"]')!.textContent).toContain(`Your dispute of ${PRIEM} is under review.`);
  });
});

describe('a disputed record’s snapshot: “Disputed” beside the owner’s score', () => {
  it('shows the score with “Disputed” when the dispute is weaker, and no score with the reason when it is withheld', () => {
    const owned = researcher({ id: PRIEM, name: 'Jason Priem' });
    render(<ResearcherSnapshot researcher={{ ...owned, trust: { ...owned.trust, score: 47, band: 'Established', claimed: true, disputed: true } }} />);
    const line = screen.getByText('Trust 47 · Established').closest('p')!;
    expect(line.querySelector('[data-disputed="true"]')!.textContent).toBe('Disputed');
    cleanup();
    const withheld = 'A dispute over who owns this record is open, with evidence as strong as the owner’s; the score is withheld until it is settled.';
    render(<ResearcherSnapshot researcher={{ ...owned, trust: { ...owned.trust, score: null, band: null, claimed: true, disputed: true, heldBy: withheld } }} />);
    expect(screen.getByText('No score shown')).toBeTruthy();
    expect(screen.getByText(withheld)).toBeTruthy();
    cleanup();
    render(<ResearcherSnapshot researcher={owned} />);
    expect(document.querySelector('[data-disputed]')).toBeNull();
  });
});

describe('“Why this score?”: identity confidence in words', () => {
  it('says a dispute takes it to 0 only with evidence as strong as the owner’s', () => {
    expect(inputInWords({ label: 'Identity confidence', value: 'disputed', points: 0, max: 3, source: 'a dispute with evidence as strong as the owner’s is open' })).toBe(
      'Identity confidence: disputed, with evidence as strong as the owner’s',
    );
    expect(inputInWords({ label: 'Identity confidence', value: 'claimed', points: 3, max: 3, source: 'claimed by its owner; a dispute with weaker evidence awaits review' })).toBe('Identity confidence: claimed');
  });
});
