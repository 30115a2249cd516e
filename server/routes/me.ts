import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  AcceptInvitationRequest,
  ProfileSettingsRequest,
  type BlockResponse,
  type FollowingResponse,
  type FollowResponse,
  type InvitationResponse,
  type InvitationsResponse,
  type ProfileSettingsResponse,
  type ReleaseClaimResponse,
} from '../../lib/api/actions';
import type { MeResponse } from '../../lib/api/auth';
import { OpenAlexAuthorId } from '../../lib/api/ids';
import { claimsOfUser, disputesOfUser, releaseClaim, updateOwnerSettings } from '../actions/claims';
import type { AppDeps } from '../deps';
import { follow, followedBy, unfollow } from '../db/follows-store';
import { countedFollowers } from '../trust/standing';
import { answerInvitation, blockUser, invitationsOf } from '../actions/invitations';
import { unreadCount } from '../db/invitations-store';
import { LIMITS, rateLimit, writesOnly } from './rate-limit';
import { findResearcher } from '../actions/records';
import { storedSummaries } from '../trust/stored-summaries';
import { requireSession, type SessionEnv } from '../auth/middleware';
import { apiError } from '../http-errors';
import { limitBody, parseJsonBody } from './json-body';

const Uuid = z.uuid();

/** `/v1/me…`: the signed-in user's own state — profile, follows, claims, invitations, blocks. */
export function meRoutes(deps: AppDeps): Hono<SessionEnv> {
  const routes = new Hono<SessionEnv>();
  // '/me/*' also matches '/me' in Hono: one session check for all, and the action limit counts writes only.
  routes.use('/me/*', requireSession(deps), writesOnly(rateLimit<SessionEnv>(deps, LIMITS.actions, (c) => c.get('session').user.id)));

  routes.get('/me', async (c) => {
    const { user, expiresAt } = c.get('session');
    const mine = await claimsOfUser(deps.db, user.id);
    const owned = mine.filter((m) => m.status === 'approved');
    const body: MeResponse = {
      user,
      session: { expiresAt: expiresAt.toISOString() },
      claims: mine,
      disputes: await disputesOfUser(deps.db, user.id, mine),
      settings: { ownedResearcherIds: owned.map((m) => m.researcherId), openToCollaborate: owned.some((m) => m.openToCollaborate) },
      unreadInvitations: await unreadCount(deps.db, user.id),
    };
    return c.json(body);
  });

  // ── Follow ──
  routes.put('/me/following/:id', async (c) => {
    const id = OpenAlexAuthorId.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, 'Not an OpenAlex author id (e.g. A5023888391).');
    const lookup = await findResearcher(deps, id.data);
    if (!lookup.found) return lookup.unavailable ? apiError(c, 503, 'OpenAlex cannot be reached to check this researcher; try again later.') : apiError(c, 404, `There is no researcher ${id.data}.`);
    await follow(deps.db, c.get('session').user.id, id.data, deps.now());
    return c.json({ researcherId: id.data, following: true, followers: await countedFollowers(deps.db, id.data) } satisfies FollowResponse);
  });

  routes.delete('/me/following/:id', async (c) => {
    const id = OpenAlexAuthorId.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, 'Not an OpenAlex author id (e.g. A5023888391).');
    await unfollow(deps.db, c.get('session').user.id, id.data);
    return c.json({ researcherId: id.data, following: false, followers: await countedFollowers(deps.db, id.data) } satisfies FollowResponse);
  });

  routes.get('/me/following', async (c) => {
    const list = await followedBy(deps.db, c.get('session').user.id);
    const summaries = await storedSummaries(deps.db, list.map((f) => f.researcherId), deps.now());
    const body: FollowingResponse = {
      items: list.map((f) => ({ researcherId: f.researcherId, followedAt: f.followedAt.toISOString(), summary: summaries.get(f.researcherId) ?? null })),
    };
    return c.json(body);
  });

  // ── Claims and the owner's settings ──
  routes.delete('/me/claims/:claimId', async (c) => {
    const claimId = Uuid.safeParse(c.req.param('claimId'));
    if (!claimId.success) return apiError(c, 400, 'Not a claim id.');
    const released = await releaseClaim(deps, c.get('session').user.id, claimId.data);
    if (!released) return apiError(c, 404, 'You have no such claim.');
    return c.json({ released: released.id, researcherId: released.researcherId } satisfies ReleaseClaimResponse);
  });

  routes.patch('/me/profile', limitBody(), async (c) => {
    const parsed = await parseJsonBody(c, ProfileSettingsRequest, 'profile update');
    if (!parsed.ok) return parsed.response;
    const outcome = await updateOwnerSettings(deps.db, c.get('session').user.id, parsed.data);
    switch (outcome.kind) {
      case 'ok':
        return c.json({ claim: outcome.claim } satisfies ProfileSettingsResponse);
      case 'none-owned':
        return apiError(c, 403, 'Claim your author record first: these settings belong to an owned record.');
      case 'not-owned':
        return apiError(c, 403, 'You do not own this record.');
      case 'ambiguous':
        return apiError(c, 400, 'You own several records: say which one with researcherId.');
    }
  });

  // ── Invitations and blocks ──
  routes.get('/me/invitations', async (c) => {
    const body: InvitationsResponse = await invitationsOf(deps.db, c.get('session').user.id, deps.now());
    return c.json(body);
  });

  routes.post('/me/invitations/:id/accept', limitBody(), async (c) => {
    const id = Uuid.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 404, 'There is no such invitation for you.');
    const parsed = await parseJsonBody(c, AcceptInvitationRequest, 'answer (it needs the contact you share)');
    if (!parsed.ok) return parsed.response;
    return answered(c, await answerInvitation(deps.db, c.get('session').user.id, id.data, { accept: true, contact: parsed.data.contact }, deps.now()));
  });

  routes.post('/me/invitations/:id/decline', async (c) => {
    const id = Uuid.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 404, 'There is no such invitation for you.');
    return answered(c, await answerInvitation(deps.db, c.get('session').user.id, id.data, { accept: false }, deps.now()));
  });

  routes.post('/me/blocks/:userId', async (c) => {
    const target = Uuid.safeParse(c.req.param('userId'));
    const me = c.get('session').user.id;
    if (!target.success) return apiError(c, 404, 'There is no such user.');
    if (target.data === me) return apiError(c, 400, 'You cannot block yourself.');
    if (!(await blockUser(deps.db, me, target.data, deps.now()))) return apiError(c, 404, 'There is no such user.');
    return c.json({ blocked: target.data } satisfies BlockResponse);
  });

  return routes;
}

function answered(c: Context, outcome: Awaited<ReturnType<typeof answerInvitation>>): Response {
  if (outcome.kind === 'ok') return c.json({ invitation: outcome.invitation } satisfies InvitationResponse);
  if (outcome.kind === 'answered') return apiError(c, 409, 'This invitation has already been answered.');
  return apiError(c, 404, 'There is no such invitation for you.');
}
