import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createActionHandlers } from '../../../entrypoints/background/actions/action-handler';
import { routeWith } from './route';
import { createCardNonces } from '../../../entrypoints/background/actions/card-nonces';
import { createActionRunner } from '../../../entrypoints/background/actions/run-action';
import { ActionError, callService } from '../../../lib/actions/service-call';
import { createSessionStore, EXPIRED_MESSAGE } from '../../../lib/auth/session';
import { z } from 'zod';

const EXT = 'peerlens-test-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const TOKEN = 'a'.repeat(43);
const page = { id: EXT, url: `${ORIGIN}popup.html` };
const card = { id: EXT, url: 'https://arxiv.org/abs/1706.03762', tab: { id: 7 } };

beforeEach(() => fakeBrowser.reset());

const session = () => createSessionStore(fakeBrowser.storage.local);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('session token', () => {
  it('lives in storage.local only, never in sync, and is sent as a bearer token', async () => {
    await session().save({ token: TOKEN, expiresAt: '2099-01-01T00:00:00Z', orcid: null, name: null });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const fetchFn = vi.fn(async (_url: URL | RequestInfo, _init?: RequestInit) => json(200, { ok: 1 }));
    await callService({ serviceUrl: async () => 'http://svc', session: session(), fetch: fetchFn }, 'GET', '/v1/me', z.object({ ok: z.number() }));
    expect(fetchFn.mock.calls[0]![1]).toMatchObject({ headers: { authorization: `Bearer ${TOKEN}` } });
  });

  it('a 401 forgets the token and leaves “Sign in again”', async () => {
    await session().save({ token: TOKEN, expiresAt: '2099-01-01T00:00:00Z', orcid: '0000-0001-6187-6610', name: 'Jason Priem' });
    const deps = { serviceUrl: async () => 'http://svc', session: session(), fetch: async () => json(401, { error: 'Session expired.' }) };
    await expect(callService(deps, 'GET', '/v1/me', z.object({}))).rejects.toMatchObject({ status: 401, message: EXPIRED_MESSAGE });
    expect(await session().read()).toBeNull();
    expect(await session().signedOutReason()).toBe(EXPIRED_MESSAGE);
  });

  it('an expired token is not sent at all', async () => {
    await session().save({ token: TOKEN, expiresAt: '2000-01-01T00:00:00Z', orcid: null, name: null });
    const fetchFn = vi.fn();
    await expect(callService({ serviceUrl: async () => 'http://svc', session: session(), fetch: fetchFn }, 'GET', '/v1/me', z.object({}))).rejects.toBeInstanceOf(ActionError);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('signs in through launchWebAuthFlow and reads the account from /v1/me', async () => {
    const me = {
      user: { id: '0b0e8a5e-4c1b-4f0e-9a43-5d1b6a8f2c11', orcid: '0000-0001-6187-6610', name: 'Jason Priem' },
      session: { expiresAt: '2099-01-01T00:00:00Z' },
      claims: [],
      disputes: [],
      settings: { ownedResearcherIds: [], openToCollaborate: false },
      unreadInvitations: 0,
    };
    const launch = vi.fn(async (_details: { url: string; interactive: boolean }) => `https://x.chromiumapp.org/#token=${TOKEN}&expires_at=2099-01-01T00:00:00Z`);
    const run = createActionRunner({
      serviceUrl: async () => 'http://svc',
      session: session(),
      identity: { getRedirectURL: () => 'https://x.chromiumapp.org/', launchWebAuthFlow: launch },
      follows: async () => ({ list: async () => [], merge: async () => 0 }) as never,
      fetch: async (url) => (String(url).endsWith('/v1/me') ? json(200, me) : json(200, { items: [] })),
    });
    expect(await run({ kind: 'sign-in' })).toMatchObject({ signedIn: true, orcid: '0000-0001-6187-6610', name: 'Jason Priem' });
    expect(launch.mock.calls[0]![0]).toEqual({ url: 'http://svc/v1/auth/orcid/start?redirect_uri=https%3A%2F%2Fx.chromiumapp.org%2F', interactive: true });
    expect((await fakeBrowser.storage.local.get('session')).session).toMatchObject({ token: TOKEN, name: 'Jason Priem' });
  });
});

describe('background action messages', () => {
  function handler() {
    const run = vi.fn(async () => ({ following: true, followers: null }));
    const nonces = createCardNonces(undefined, () => 'nonce-1');
    const handle = routeWith({ extensionId: EXT, extensionOrigin: ORIGIN, handlers: createActionHandlers({ run: run as never, nonces }) });
    return { handle, run, nonces };
  }
  const follow = { type: 'peerlens:action', action: { kind: 'follow', id: 'A5023888391' } };

  it('answers the extension’s own pages without gesture or nonce', async () => {
    const { handle, run } = handler();
    expect(await handle(follow, page)).toEqual({ ok: true, data: { following: true, followers: null } });
    expect(run).toHaveBeenCalledOnce();
  });

  it('ignores a card message without gesture, without or with a wrong nonce, or asking for more than the card may', async () => {
    const { handle, run, nonces } = handler();
    await nonces.issue(7);
    expect(handle(follow, card)).toBeUndefined();
    expect(handle({ ...follow, gesture: false, nonce: 'nonce-1' }, card)).toBeUndefined();
    expect(await handle({ ...follow, gesture: true }, card)).toBeUndefined();
    expect(await handle({ ...follow, gesture: true, nonce: 'guess' }, card)).toBeUndefined();
    expect(await handle({ ...follow, gesture: true, nonce: 'nonce-1' }, { ...card, tab: { id: 8 } })).toBeUndefined();
    expect(handle({ type: 'peerlens:action', action: { kind: 'sign-out' }, gesture: true, nonce: 'nonce-1' }, card)).toBeUndefined();
    expect(run).not.toHaveBeenCalled();
    expect(await handle({ ...follow, gesture: true, nonce: 'nonce-1' }, card)).toMatchObject({ ok: true });
    expect(run).toHaveBeenCalledOnce();
  });

  it('ignores other extensions, web pages and sites the reader has not enabled', () => {
    const { handle } = handler();
    const message = { ...follow, gesture: true, nonce: 'nonce-1' };
    expect(handle(message, { ...page, id: 'another-extension' })).toBeUndefined();
    expect(handle(message, { url: 'https://evil.example/', tab: { id: 7 } })).toBeUndefined();
    expect(handle(message, { id: EXT, url: 'https://evil.example/', tab: { id: 7 } })).toBeUndefined();
  });

  it('issues a nonce with the card state only to a content script in a tab', async () => {
    const { handle, run } = handler();
    run.mockImplementation((async (a: { kind: string }) =>
      a.kind === 'claim-state'
        ? { researcherId: 'A5023888391', claimed: false, disputed: false, owner: null, yourClaim: null, connect: { available: false, reason: 'This researcher has not claimed their record yet' } }
        : { following: false, followers: null }) as never);
    expect(handle({ type: 'peerlens:card-open', id: 'A5023888391' }, page)).toBeUndefined();
    expect(await handle({ type: 'peerlens:card-open', id: 'A5023888391' }, card)).toEqual({
      nonce: 'nonce-1',
      following: false,
      followers: null,
      claimed: false,
      connectReason: 'This researcher has not claimed their record yet',
      canClaim: true,
    });
  });
});
