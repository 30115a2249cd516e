import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimResult } from '../../components/claim/ClaimResult';
import { ConnectForm, messageCounter } from '../../components/connect/ConnectForm';
import type { Claim } from '../../lib/api/actions';
import { ActionError } from '../../lib/actions/service-call';

afterEach(cleanup);

const claim = (over: Partial<Claim>): Claim => ({
  id: '0b0e8a5e-4c1b-4f0e-9a43-5d1b6a8f2c11',
  researcherId: 'A5023888391',
  status: 'approved',
  rule: 'orcid-match',
  reason: 'Approved: the record’s ORCID iD is yours.',
  evidence: { signedInOrcid: '0000-0001-6187-6610', recordOrcid: '0000-0001-6187-6610', recordDois: 8, orcidDois: 1, overlap: [], needed: 2, trustMarker: false, memberEmployment: null, verifiedPrimaryEmail: false, orcidRecordProblem: null },
  level: 'L3',
  openToCollaborate: false,
  headline: null,
  createdAt: '2026-05-20T12:00:00Z',
  decidedAt: '2026-05-20T12:00:00Z',
  ...over,
});

describe('claim result faces', () => {
  it('approved: the reason and the new level', () => {
    render(<ClaimResult claim={claim({})} />);
    expect(screen.getByRole('status').textContent).toContain('Claim approved · Verification L3');
    expect(screen.getByRole('status').textContent).toContain('Approved: the record’s ORCID iD is yours.');
  });
  it('pending: the evidence it waits on', () => {
    render(<ClaimResult claim={claim({ status: 'pending', rule: 'review', level: null, reason: 'Pending review: no shared works.', evidence: { ...claim({}).evidence, recordOrcid: null, overlap: ['10.1/x'] } })} />);
    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toContain('Claim pending review');
    expect(text).toContain('Works in common: 1 of 2 needed');
    expect(text).toContain('the record’s: none');
  });
  it('disputed with weaker evidence than the owner’s: the score stays, marked disputed', () => {
    render(<ClaimResult claim={claim({ status: 'disputed', rule: 'owned-by-another', level: null, reason: 'Disputed: another person owns this record.', evidence: { ...claim({}).evidence, outweighsOwner: false } })} />);
    expect(screen.getByRole('status').textContent).toContain('Claim disputed');
    expect(screen.getByRole('status').textContent).toContain('its score stays, marked disputed');
  });
  it('disputed with evidence as strong as the owner’s: the score is withheld', () => {
    render(<ClaimResult claim={claim({ status: 'disputed', rule: 'owned-by-another', level: null, reason: 'Disputed.', evidence: { ...claim({}).evidence, outweighsOwner: true } })} />);
    expect(screen.getByRole('status').textContent).toContain('its score is withheld until the dispute is settled');
  });
});

describe('connect form', () => {
  it('counts characters live and refuses more than 500', () => {
    expect(messageCounter('hello')).toEqual({ text: '5 / 500', over: false });
    expect(messageCounter('x'.repeat(501))).toEqual({ text: '501 / 500', over: true });
    render(<ConnectForm researcherId="A5023888391" researcherName="Jason Priem" paper="10.7717/peerj.4375" client={{ invite: async () => { throw new Error(); } }} />);
    const message = screen.getByLabelText('Message (plain text)') as HTMLTextAreaElement;
    expect(message.maxLength).toBe(500);
    fireEvent.input(message, { target: { value: 'Shall we?' } });
    expect(screen.getByText('9 / 500')).toBeTruthy();
    expect((screen.getByLabelText(/The paper it came from/) as HTMLInputElement).value).toBe('10.7717/peerj.4375');
  });

  it('shows the service’s 403 or 429 reason verbatim', async () => {
    const reason = 'You have sent 5 invitations today; try again tomorrow.';
    render(<ConnectForm researcherId="A5023888391" researcherName="Jason Priem" paper="10.7717/peerj.4375" client={{ invite: async () => { throw new ActionError(reason, 429); } }} />);
    fireEvent.input(screen.getByLabelText('Message (plain text)'), { target: { value: 'Hello' } });
    fireEvent.input(screen.getByLabelText(/Your contact/), { target: { value: 'me@example.org' } });
    fireEvent.submit(screen.getByRole('form'));
    expect((await screen.findByRole('alert')).textContent).toBe(reason);
  });
});
