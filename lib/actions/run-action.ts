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
} from '../api/actions';
import { MeResponse, SignOutResponse } from '../api/auth';
import type { ResearcherSummary } from '../api/researcher';
import { signInWithOrcid, type IdentityApi } from '../auth/sign-in';
import type { FollowEntry, FollowStore } from '../follow/follow-store';
import { markAllSeen, startWatch } from '../follow/new-works';
import { parseImport } from '../follow/transfer';
import type { Action } from './action-messages';
import { ActionError, callService, type ServiceCallDeps } from './service-call';

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
    if (!session) return { signedIn: false, orcid: null, name: null, signedOutReason: await deps.session.signedOutReason(), me: null };
    try {
      const me = await callService(deps, 'GET', '/v1/me', MeResponse);
      await deps.countsChanged?.(me.unreadInvitations);
      return { signedIn: true, orcid: me.user.orcid, name: me.user.name, signedOutReason: null, me };
    } catch (error) {
      if (error instanceof ActionError && error.status === 401) return sessionView();
      // Offline: still signed in, as far as anyone knows.
      return { signedIn: true, orcid: session.orcid, name: session.name, signedOutReason: null, me: null };
    }
  }

  /** After sign-in: the service learns the follows made signed out, and this browser learns the service's. */
  async function syncFollows(): Promise<void> {
    const store = await deps.follows();
    const remote = await callService(deps, 'GET', '/v1/me/following', FollowingResponse);
    const remoteIds = new Set(remote.items.map((i) => i.researcherId));
    for (const entry of await store.list()) {
      if (!remoteIds.has(entry.researcherId)) await callService(deps, 'PUT', `/v1/me/following/${entry.researcherId}`, FollowResponse).catch(() => undefined);
    }
    await store.merge(remote.items.map((i) => ({ researcherId: i.researcherId, followedAt: i.followedAt, summary: i.summary })));
  }

  /** Mirrors a follow change to the service when signed in; the local change already happened. */
  async function toService(id: string, following: boolean): Promise<number | null> {
    if (!(await signedIn())) return null;
    const res = await callService(deps, following ? 'PUT' : 'DELETE', `/v1/me/following/${id}`, FollowResponse);
    return res.followers;
  }

  async function follow(id: string, summary: ResearcherSummary | null): Promise<FollowState> {
    const store = await deps.follows();
    const undo = removed.get(id);
    if (undo && now() - undo.at < UNDO_MS) await store.restore(undo.entry);
    else {
      const entry = await store.follow(id, { summary });
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
      case 'following': {
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
        const added = await store.merge(parsed.follows);
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
