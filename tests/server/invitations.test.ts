import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECT_REASONS, InvitationResponse, InvitationsResponse, ResearcherClaimState } from '../../lib/api/actions';
import { MeResponse } from '../../lib/api/auth';
import { ApiError } from '../../lib/api/resolve';
import { account, createActionsService, type ActionsService } from './support/actions-service';
import { PEERJ } from '../../server/dev/papers';
import { visitPapers } from './support/papers';

const PRIEM = 'A5023888391';
const WEST = 'A5046879461';
const ROBERTS = 'A5009341822';

describe('Connect: invitations to claimed, open researchers, with limits and blocks', () => {
  let svc: ActionsService;
  const t: Record<string, string> = {};
  const invite = (who: string, id: string, body: unknown) => svc.call('POST', `/v1/researchers/${id}/invitations`, t[who]!, body);
  const message = { message: 'Your PeerJ paper on OA prevalence: shall we compare notes on Unpaywall data?', paper: '10.7717/peerj.4375', contact: 'josiah@example.org' };
  const expectError = async (res: Response, status: number, text: string | RegExp) => {
    expect(res.status).toBe(status);
    const body = ApiError.parse(await res.json());
    if (typeof text === 'string') expect(body.error).toBe(text);
    else expect(`${body.error} ${body.issues?.join(' ') ?? ''}`).toMatch(text);
  };

  beforeAll(async () => {
    svc = await createActionsService();
    for (const name of ['priem', 'carberry', 'roberts'] as const) t[name] = await svc.signIn(account(name).orcid);
    await visitPapers(svc, [PEERJ]);
  });
  afterAll(async () => {
    await svc.close();
  });

  it('refuses an unclaimed record with the reason the card shows', async () => {
    await expectError(await invite('carberry', WEST, message), 403, CONNECT_REASONS.notClaimed);
    // To the person of the record (their iD is on it) it says what to do.
    await expectError(await invite('roberts', ROBERTS, message), 403, CONNECT_REASONS.claimFirst);
    const state = ResearcherClaimState.parse(await (await svc.call('GET', `/v1/researchers/${ROBERTS}/claim`, t.roberts!)).json());
    expect(state.connect).toEqual({ available: false, reason: CONNECT_REASONS.claimFirst });
    const anonymous = ResearcherClaimState.parse(await (await svc.call('GET', `/v1/researchers/${WEST}/claim`, null)).json());
    expect(anonymous.connect).toEqual({ available: false, reason: CONNECT_REASONS.notClaimed });
  });

  it('refuses a claimed record whose owner is not open to collaborate, then accepts once they are', async () => {
    expect((await svc.call('POST', `/v1/researchers/${PRIEM}/claim`, t.priem!)).status).toBe(201);
    await expectError(await invite('carberry', PRIEM, message), 403, CONNECT_REASONS.notOpen);
    expect((await svc.call('PATCH', '/v1/me/profile', t.priem!, { openToCollaborate: true })).status).toBe(200);
    await expectError(await invite('priem', PRIEM, message), 403, CONNECT_REASONS.ownRecord);
    const state = ResearcherClaimState.parse(await (await svc.call('GET', `/v1/researchers/${PRIEM}/claim`, t.carberry!)).json());
    expect(state.connect).toEqual({ available: true, reason: null });
  });

  it('rejects HTML, control characters, overlong messages and a 10 MB body', async () => {
    await expectError(await invite('carberry', PRIEM, { ...message, message: 'Hi <a href="https://evil.example">click</a>' }), 400, /HTML tags are not allowed/);
    await expectError(await invite('carberry', PRIEM, { ...message, message: 'Hi\u202Eevil' }), 400, /control characters/);
    await expectError(await invite('carberry', PRIEM, { ...message, message: 'x'.repeat(501) }), 400, /at most 500/);
    await expectError(await invite('carberry', PRIEM, { ...message, paper: undefined }), 400, /paper/);
    await expectError(await invite('carberry', PRIEM, JSON.stringify({ ...message, message: 'x'.repeat(10 * 1024 * 1024) })), 413, /larger than/);
    expect((await invite('carberry', PRIEM, 'not json')).status).toBe(400);
    expect((await svc.call('POST', `/v1/researchers/${PRIEM}/invitations`, null, message)).status).toBe(401);
  });

  it('sends, then refuses a second open invitation to the same researcher (429)', async () => {
    const res = await invite('carberry', PRIEM, message);
    expect(res.status).toBe(201);
    const { invitation } = InvitationResponse.parse(await res.json());
    expect(invitation).toMatchObject({ status: 'pending', researcherId: PRIEM, paper: '10.7717/peerj.4375', contacts: null, from: { orcid: '0000-0002-1825-0097' }, to: { orcid: '0000-0001-6187-6610' } });
    await expectError(await invite('carberry', PRIEM, message), 429, /already have an open invitation/);
  });

  it('shows the inbox with its unread count; on accept both see the contact each chose to share', async () => {
    expect(MeResponse.parse(await (await svc.call('GET', '/v1/me', t.priem!)).json()).unreadInvitations).toBe(1);
    const inbox = InvitationsResponse.parse(await (await svc.call('GET', '/v1/me/invitations', t.priem!)).json());
    expect(inbox.unread).toBe(1);
    expect(inbox.received).toHaveLength(1);
    const received = inbox.received[0]!;
    expect(received).toMatchObject({ read: false, contacts: null, message: message.message });
    expect(InvitationsResponse.parse(await (await svc.call('GET', '/v1/me/invitations', t.priem!)).json()).unread).toBe(0);

    // Only the recipient can answer.
    expect((await svc.call('POST', `/v1/me/invitations/${received.id}/accept`, t.carberry!, { contact: 'me' })).status).toBe(404);
    await expectError(await svc.call('POST', `/v1/me/invitations/${received.id}/accept`, t.priem!, {}), 400, /contact/);
    const accepted = await svc.call('POST', `/v1/me/invitations/${received.id}/accept`, t.priem!, { contact: 'jason@ourresearch.org' });
    expect(accepted.status).toBe(200);
    expect(InvitationResponse.parse(await accepted.json()).invitation.contacts).toEqual({ sender: 'josiah@example.org', recipient: 'jason@ourresearch.org' });
    const sent = InvitationsResponse.parse(await (await svc.call('GET', '/v1/me/invitations', t.carberry!)).json()).sent[0]!;
    expect(sent).toMatchObject({ status: 'accepted', contacts: { sender: 'josiah@example.org', recipient: 'jason@ourresearch.org' } });
    expect((await svc.call('POST', `/v1/me/invitations/${received.id}/decline`, t.priem!)).status).toBe(409);
  });

  it('limits a sender to 5 invitations a day (429)', async () => {
    // One was sent above; four more, each declined so the one-open rule is not what stops them.
    for (let i = 0; i < 4; i++) {
      const res = await invite('carberry', PRIEM, { ...message, message: `Follow-up ${i}` });
      expect(res.status).toBe(201);
      const { invitation } = InvitationResponse.parse(await res.json());
      expect((await svc.call('POST', `/v1/me/invitations/${invitation.id}/decline`, t.priem!)).status).toBe(200);
    }
    await expectError(await invite('carberry', PRIEM, message), 429, /at most 5 invitations a day/);
    const tomorrow = svc.clock.now;
    svc.clock.now = new Date(tomorrow.getTime() + 25 * 3600 * 1000);
    try {
      expect((await invite('carberry', PRIEM, message)).status).toBe(201);
    } finally {
      svc.clock.now = tomorrow;
    }
  });

  it('lets the recipient block a sender: their open invitations are declined and new ones refused', async () => {
    const me = MeResponse.parse(await (await svc.call('GET', '/v1/me', t.carberry!)).json());
    expect((await svc.call('POST', `/v1/me/blocks/${me.user.id}`, t.priem!)).status).toBe(200);
    expect((await svc.call('POST', `/v1/me/blocks/${me.user.id}`, t.priem!)).status).toBe(200);
    const inbox = InvitationsResponse.parse(await (await svc.call('GET', '/v1/me/invitations', t.priem!)).json());
    expect(inbox.received.filter((i) => i.status === 'pending')).toEqual([]);
    svc.clock.now = new Date(svc.clock.now.getTime() + 49 * 3600 * 1000);
    await expectError(await invite('carberry', PRIEM, message), 403, CONNECT_REASONS.blocked);
    expect((await svc.call('POST', '/v1/me/blocks/00000000-0000-4000-8000-000000000000', t.priem!)).status).toBe(404);
  });
});
