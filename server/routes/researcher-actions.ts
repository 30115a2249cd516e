import { Hono } from 'hono';
import {
  CONNECT_REASONS,
  InvitationRequest,
  type ClaimResponse,
  type InvitationResponse,
  type ResearcherClaimState,
} from '../../lib/api/actions';
import { OpenAlexAuthorId } from '../../lib/api/ids';
import { MAX_OPEN_DISPUTES } from '../actions/claim-rules';
import { claimRecord, toClaim } from '../actions/claims';
import { claimOf } from '../db/claims-store';
import type { AppDeps } from '../deps';
import { connectBlocker, invitationById, sendInvitation } from '../actions/invitations';
import { LIMITS, rateLimit } from './rate-limit';
import { findResearcher } from '../actions/records';
import { storedSummaries } from '../trust/stored-summaries';
import { loadStandings, NO_STANDING } from '../trust/standing';
import { optionalSession, requireSession, type MaybeSessionEnv, type SessionEnv } from '../auth/middleware';
import { apiError } from '../http-errors';
import { limitBody, parseJsonBody } from './json-body';

const BAD_ID = 'Not an OpenAlex author id (e.g. A5023888391).';

/** Actions on one researcher record: claim it, see its claim state, invite its owner. */
export function researcherActionRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  const signedIn = new Hono<SessionEnv>();
  const byUser = rateLimit<SessionEnv>(deps, LIMITS.actions, (c) => c.get('session').user.id);

  signedIn.post('/researchers/:id/claim', requireSession(deps), byUser, rateLimit<SessionEnv>(deps, LIMITS.claims, (c) => c.get('session').user.id), async (c) => {
    const id = OpenAlexAuthorId.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, BAD_ID);
    if (!deps.auth) return apiError(c, 503, 'Claims are not configured on this service (ORCID_API_URL).');
    const outcome = await claimRecord({ ...deps, orcidApi: deps.auth.orcidApi }, c.get('session').user, id.data);
    if (outcome.kind === 'not-found') return apiError(c, 404, `There is no researcher ${id.data}.`);
    if (outcome.kind === 'unavailable') return apiError(c, 503, 'OpenAlex cannot be reached to check this researcher; try again later.');
    if (outcome.kind === 'too-many-disputes') {
      return apiError(c, 429, `You already hold ${MAX_OPEN_DISPUTES} open disputes, the most one person may: withdraw one in My profile, or wait until PeerLens has reviewed them.`);
    }
    const summary = (await storedSummaries(deps.db, [id.data], deps.now())).get(id.data) ?? null;
    return c.json({ claim: outcome.claim, summary } satisfies ClaimResponse, outcome.kind === 'new' ? 201 : 200);
  });

  signedIn.post('/researchers/:id/invitations', requireSession(deps), byUser, limitBody(), async (c) => {
    const id = OpenAlexAuthorId.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, BAD_ID);
    const parsed = await parseJsonBody(c, InvitationRequest, 'invitation');
    if (!parsed.ok) return parsed.response;
    const lookup = await findResearcher(deps, id.data);
    if (!lookup.found) return lookup.unavailable ? apiError(c, 503, 'OpenAlex cannot be reached; try again later.') : apiError(c, 404, `There is no researcher ${id.data}.`);
    const sender = c.get('session').user;
    const standing = (await loadStandings(deps.db, [id.data])).get(id.data) ?? NO_STANDING;
    const blocker = await connectBlocker(deps.db, sender, { id: id.data, orcid: lookup.record.orcid }, standing);
    if (blocker) return apiError(c, 403, blocker);
    const outcome = await sendInvitation(deps.db, sender, standing.owner!.userId, id.data, parsed.data, deps.now());
    if (outcome.kind === 'limited') return apiError(c, 429, outcome.reason);
    return c.json({ invitation: (await invitationById(deps.db, outcome.id))! } satisfies InvitationResponse, 201);
  });

  const open = new Hono<MaybeSessionEnv>();
  open.get('/researchers/:id/claim', optionalSession(deps), async (c) => {
    const id = OpenAlexAuthorId.safeParse(c.req.param('id'));
    if (!id.success) return apiError(c, 400, BAD_ID);
    const lookup = await findResearcher(deps, id.data);
    if (!lookup.found) return lookup.unavailable ? apiError(c, 503, 'OpenAlex cannot be reached; try again later.') : apiError(c, 404, `There is no researcher ${id.data}.`);
    const standing = (await loadStandings(deps.db, [id.data])).get(id.data) ?? NO_STANDING;
    const viewer = c.get('session')?.user ?? null;
    const mine = viewer ? await claimOf(deps.db, viewer.id, id.data) : undefined;
    const reason = viewer
      ? await connectBlocker(deps.db, viewer, { id: id.data, orcid: lookup.record.orcid }, standing)
      : !standing.owner
        ? CONNECT_REASONS.notClaimed
        : !standing.owner.openToCollaborate
          ? CONNECT_REASONS.notOpen
          : CONNECT_REASONS.signIn;
    const body: ResearcherClaimState = {
      researcherId: id.data,
      claimed: standing.owner !== null,
      disputed: standing.disputed,
      scoreWithheld: standing.scoreWithheld,
      owner: standing.owner ? { openToCollaborate: standing.owner.openToCollaborate, headline: standing.owner.headline, level: standing.owner.level } : null,
      yourClaim: mine ? toClaim(mine) : null,
      connect: { available: reason === null, reason },
    };
    return c.json(body);
  });

  routes.route('/', signedIn);
  routes.route('/', open);
  return routes;
}
