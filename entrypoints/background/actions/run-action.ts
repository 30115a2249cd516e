import {
  BlockResponse,
  ClaimResponse,
  FollowingResponse,
  FollowResponse,
  InvitationResponse,
  InvitationsResponse,
  ProfileSettingsResponse,
  ReleaseClaimResponse,
  ReportResponse,
  ResearcherClaimState,
} from '../../../lib/api/actions';
import { MeResponse, SignOutResponse } from '../../../lib/api/auth';
import type { ResearcherSummary } from '../../../lib/api/researcher';
import { signInWithOrcid, type IdentityApi } from '../sign-in';
import { isBrowserFollow, type FollowEntry, type FollowStore } from '../../../lib/follow/follow-store';
import { markAllSeen, startWatch } from '../follow/new-works';
import { parseImport } from '../../../lib/follow/transfer';
import type { Action } from '../../../lib/protocol';
import { ActionError, callService, type ServiceCallDeps } from '../../../lib/actions/service-call';

export interface ActionDeps extends ServiceCallDeps {
  identity: IdentityApi;
  follows: () => Promise<FollowStore>;
  /** The summary for a followed researcher the store has none of (the background's profile cache). */
  summaryOf?: (id: string) => Promise<ResearcherSummary | null>;
  /** A claim changed a record's level or owner settings: forget cached answers that show it. */
  recordChanged?: (researcherId: string) => Promise<void>;
  /** Unseen works or unread invitations changed: redraw the toolbar count. */
  countsChanged?: (unreadInvitations?: number) => Promise<void>;
  /** Opens an extension page (claim result, connect form, Not me?) in a small window. */
  openPage?: (path: string) => Promise<void>;
  now?: () => number;
}

export interface SessionView {
  signedIn: boolean;
  orcid: string | null;
  name: string | null;
  /** Why the reader was signed out (expired, revoked), until they sign in again. */
  signedOutReason: string | null;
  me: MeResponse | null;
  /** This browser's follows (made signed out) the account could take, awaiting the reader's yes or no. */
  followOffer: FollowOffer | null;
}

export interface FollowOffer {
  count: number;
  names: string[];
}

export interface FollowState {
  following: boolean;
  /** Counted followers from the service, when signed in (the service counts only verified followers). */
  followers: number | null;
}

export interface FollowingView {
  items: FollowEntry[];
  signedIn: boolean;
}

/** Entries removed in the last minute, so Undo puts back the original follow date and new-works state. */
const UNDO_MS = 60_000;

export function createActionRunner(deps: ActionDeps) {
  const now = deps.now ?? Date.now;
  const removed = new Map<string, { entry: FollowEntry; at: number }>();
  const signedIn = async () => (await deps.session.read()) !== null;

  async function sessionView(): Promise<SessionView> {
    const session = await deps.session.read();
    if (!session) {
      await dropAccountFollows();
      return { signedIn: false, orcid: null, name: null, signedOutReason: await deps.session.signedOutReason(), me: null, followOffer: null };
    }
    const followOffer = await offerOf(await offeredIds());
    try {
      const me = await callService(deps, 'GET', '/v1/me', MeResponse);
      await deps.countsChanged?.(me.unreadInvitations);
      return { signedIn: true, orcid: me.user.orcid, name: me.user.name, signedOutReason: null, me, followOffer };
    } catch (error) {
      if (error instanceof ActionError && error.status === 401) return sessionView();
      // Offline: still signed in, as far as anyone knows.
      return { signedIn: true, orcid: session.orcid, name: session.name, signedOutReason: null, me: null, followOffer };
    }
  }

  /** Signed out (by the reader, an expiry or a 401): no account's follows stay in this browser's list. */
  async function dropAccountFollows(): Promise<void> {
    const dropped = await (await deps.follows()).dropAccountFollows(null);
    if (dropped > 0) await deps.countsChanged?.();
  }

  /** The offered ids still followed here as the browser's own (one may have been unfollowed since). */
  async function offeredIds(): Promise<string[]> {
    const session = await deps.session.read();
    if (!session?.followOffer?.length) return [];
    const store = await deps.follows();
    const ids: string[] = [];
    for (const id of session.followOffer) {
      const entry = await store.get(id);
      if (entry && isBrowserFollow(entry)) ids.push(id);
    }
    return ids;
  }

  async function offerOf(ids: string[]): Promise<FollowOffer | null> {
    if (ids.length === 0) return null;
    const store = await deps.follows();
    const names = await Promise.all(ids.map(async (id) => (await store.get(id))?.name ?? id));
    return { count: ids.length, names };
  }

  /**
   * After sign-in: this browser learns the account's follows (kept as the account's, so they leave at sign-out),
   * and the follows made here signed out become an offer the reader answers. Nothing is uploaded here: a
   * follow reaches an account only by that person's own click.
   */
  async function syncFollows(): Promise<void> {
    const session = await deps.session.read();
    if (!session?.orcid) return;
    const store = await deps.follows();
    // Another account's follows left behind (a sign-out that could not finish) are not this person's.
    await store.dropAccountFollows(session.orcid);
    const remote = await callService(deps, 'GET', '/v1/me/following', FollowingResponse);
    const remoteIds = new Set(remote.items.map((i) => i.researcherId));
    await store.merge(remote.items.map((i) => ({ researcherId: i.researcherId, followedAt: i.followedAt, summary: i.summary, account: session.orcid })));
    const offer = (await store.list()).filter((e) => isBrowserFollow(e) && !remoteIds.has(e.researcherId)).map((e) => e.researcherId);
    await deps.session.save({ ...session, followOffer: offer });
  }

  /** The reader's answer to the offer: yes sends each offered follow to the account, no keeps them on this browser. */
  async function answerFollowOffer(accept: boolean): Promise<SessionView> {
    const session = await deps.session.read();
    if (!session?.orcid) throw new ActionError('Sign in with ORCID first.', 401);
    const ids = await offeredIds();
    const left: string[] = [];
    if (accept && ids.length > 0) {
      const sent: string[] = [];
      for (const id of ids) {
        try {
          await callService(deps, 'PUT', `/v1/me/following/${id}`, FollowResponse);
          sent.push(id);
        } catch (error) {
          if (error instanceof ActionError && error.status === 401) throw error;
          left.push(id);
        }
      }
      await (await deps.follows()).assignToAccount(sent, session.orcid);
    }
    await deps.session.save({ ...session, followOffer: left });
    if (left.length > 0) throw new ActionError(`${left.length} of ${ids.length} follows could not be added; try again.`, null);
    return sessionView();
  }

  /** Mirrors a follow change to the service when signed in; the local change already happened. */
  async function toService(id: string, following: boolean): Promise<number | null> {
    if (!(await signedIn())) return null;
    const res = await callService(deps, following ? 'PUT' : 'DELETE', `/v1/me/following/${id}`, FollowResponse);
    return res.followers;
  }

  async function follow(id: string, summary: ResearcherSummary | null): Promise<FollowState> {
    const store = await deps.follows();
    // Signed in, a follow is the account's (it leaves this browser at sign-out); signed out, the browser's.
    const account = (await deps.session.read())?.orcid ?? null;
    const undo = removed.get(id);
    if (undo && now() - undo.at < UNDO_MS) await store.restore(undo.entry);
    else {
      const entry = await store.follow(id, { summary, account });
      if (!entry.watch) await store.update(id, { watch: startWatch(now()) });
    }
    removed.delete(id);
    return { following: true, followers: await toService(id, true) };
  }

  async function unfollow(id: string): Promise<FollowState> {
    const entry = await (await deps.follows()).unfollow(id);
    if (entry) removed.set(id, { entry, at: now() });
    const followers = await toService(id, false);
    await deps.countsChanged?.();
    return { following: false, followers };
  }

  async function claim(id: string): Promise<ClaimResponse> {
    if (!(await signedIn())) {
      await signInWithOrcid(deps);
      await syncFollows().catch(() => undefined);
    }
    const result = await callService(deps, 'POST', `/v1/researchers/${id}/claim`, ClaimResponse);
    await deps.recordChanged?.(id);
    return result;
  }

  return async function run(action: Action): Promise<unknown> {
    switch (action.kind) {
      case 'session':
        return sessionView();
      case 'sign-in': {
        await signInWithOrcid(deps);
        await syncFollows().catch(() => undefined);
        return sessionView();
      }
      case 'sign-out': {
        // Forgotten here even when the service cannot be reached: signing out must always work locally.
        await callService(deps, 'POST', '/v1/auth/signout', SignOutResponse).catch(() => undefined);
        await deps.session.forget();
        await (await deps.follows()).dropAccountFollows(null);
        await deps.countsChanged?.(0);
        return sessionView();
      }
      case 'follow':
        return follow(action.id, action.summary ?? null);
      case 'unfollow':
        return unfollow(action.id);
      case 'follow-state': {
        const following = (await (await deps.follows()).get(action.id)) !== undefined;
        return { following, followers: null } satisfies FollowState;
      }
      case 'follow-offer':
        return answerFollowOffer(action.accept);
      case 'following': {
        if (!(await signedIn())) await dropAccountFollows();
        const store = await deps.follows();
        const items = await store.list();
        for (const item of items.filter((i) => !i.summary).slice(0, 20)) {
          const summary = await deps.summaryOf?.(item.researcherId).catch(() => null);
          if (summary) {
            item.summary = summary;
            item.name = summary.name;
            await store.update(item.researcherId, { summary, name: summary.name });
          }
        }
        return { items, signedIn: await signedIn() } satisfies FollowingView;
      }
      case 'following-seen': {
        await markAllSeen(await deps.follows());
        await deps.countsChanged?.();
        return null;
      }
      case 'import-follows': {
        const parsed = parseImport(action.text);
        if (!parsed.ok) throw new ActionError(parsed.error, 400);
        const store = await deps.follows();
        const before = new Set((await store.list()).map((e) => e.researcherId));
        // Imported signed in, by the reader's own hand: the account's follows; signed out, the browser's.
        const account = (await deps.session.read())?.orcid ?? null;
        const added = await store.merge(parsed.follows.map((f) => ({ ...f, account })));
        if (await signedIn()) {
          for (const f of parsed.follows) if (!before.has(f.researcherId)) await toService(f.researcherId, true).catch(() => undefined);
        }
        return { added, total: (await store.list()).length };
      }
      case 'claim-state':
        return callService(deps, 'GET', `/v1/researchers/${action.id}/claim`, ResearcherClaimState, { auth: 'optional' });
      case 'claim':
        return claim(action.id);
      case 'release-claim': {
        const released = await callService(deps, 'DELETE', `/v1/me/claims/${action.claimId}`, ReleaseClaimResponse);
        await deps.recordChanged?.(released.researcherId);
        return released;
      }
      case 'profile-settings': {
        const res = await callService(deps, 'PATCH', '/v1/me/profile', ProfileSettingsResponse, { auth: 'required', body: action.settings });
        await deps.recordChanged?.(res.claim.researcherId);
        return res;
      }
      case 'report':
        return callService(deps, 'POST', '/v1/reports', ReportResponse, { auth: 'optional', body: action.report });
      case 'invite':
        return callService(deps, 'POST', `/v1/researchers/${action.id}/invitations`, InvitationResponse, { auth: 'required', body: action.invitation });
      case 'invitations': {
        const list = await callService(deps, 'GET', '/v1/me/invitations', InvitationsResponse);
        // Listing marks the inbox read on the service.
        await deps.countsChanged?.(0);
        return list;
      }
      case 'accept':
        return callService(deps, 'POST', `/v1/me/invitations/${action.invitationId}/accept`, InvitationResponse, { auth: 'required', body: action.answer });
      case 'decline':
        return callService(deps, 'POST', `/v1/me/invitations/${action.invitationId}/decline`, InvitationResponse);
      case 'block':
        return callService(deps, 'POST', `/v1/me/blocks/${action.userId}`, BlockResponse);
      case 'open-action-page': {
        const params = new URLSearchParams({ ...(action.paper ? { paper: action.paper } : {}), ...(action.name ? { name: action.name } : {}) }).toString();
        const query = params ? `?${params}` : '';
        await deps.openPage?.(`/actions.html#${action.page}/${action.id}${query}`);
        return null;
      }
    }
  };
}
export type ActionRunner = ReturnType<typeof createActionRunner>;
