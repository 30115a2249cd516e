import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createActionRunner, type SessionView } from '../../entrypoints/background/actions/run-action';
import { createSessionStore } from '../../lib/auth/session';
import { openFollowStore, type FollowStore } from '../../lib/follow/follow-store';
import { readMirror } from '../../lib/follow/sync-mirror';

/**
 * Two people on one browser (issue 8, item 2): follows made signed out belong to the browser, an account's
 * follows leave with its sign-out, and nothing reaches an account without that person's own click.
 * The service is a small fake keyed by session token: each person's follows on the service, and every write.
 */
const ALICE = { orcid: '0000-0003-1613-5981', name: 'Heather Piwowar', token: 'a'.repeat(43) };
const BOB = { orcid: '0000-0002-1825-0097', name: 'Josiah Carberry', token: 'b'.repeat(43) };
const PRIEM = 'A5023888391';
const OTHER = 'A5048491430';
const BROWSERS = 'A5000000077';

let n = 0;
const stores: FollowStore[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function fakeService() {
  const following = new Map<string, Set<string>>([
    [ALICE.token, new Set()],
    [BOB.token, new Set()],
  ]);
  const writes: string[] = [];
  const people = new Map([
    [ALICE.token, ALICE],
    [BOB.token, BOB],
  ]);
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  const fetchFn = async (input: URL | RequestInfo, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const token = String((init?.headers as Record<string, string> | undefined)?.authorization ?? '').replace('Bearer ', '');
    const person = people.get(token);
    const method = init?.method ?? 'GET';
    if (!person) return new Response(JSON.stringify({ error: 'Sign in.' }), { status: 401, headers: { 'content-type': 'application/json' } });
    const mine = following.get(token)!;
    if (url.pathname === '/v1/me') {
      return json({
        user: { id: '0b0e8a5e-4c1b-4f0e-9a43-5d1b6a8f2c11', orcid: person.orcid, name: person.name },
        session: { expiresAt: '2099-01-01T00:00:00Z' },
        claims: [],
        disputes: [],
        settings: { ownedResearcherIds: [], openToCollaborate: false },
        unreadInvitations: 0,
      });
    }
    if (url.pathname === '/v1/me/following') return json({ items: [...mine].map((researcherId) => ({ researcherId, followedAt: '2026-05-01T00:00:00Z', summary: null })) });
    const follow = /^\/v1\/me\/following\/(A\d+)$/.exec(url.pathname);
    if (follow) {
      writes.push(`${person.name} ${method} ${follow[1]}`);
      if (method === 'PUT') mine.add(follow[1]!);
      else mine.delete(follow[1]!);
      return json({ researcherId: follow[1], following: method === 'PUT', followers: 0 });
    }
    if (url.pathname === '/v1/auth/signout') return json({ signedOut: true });
    return new Response('{}', { status: 404 });
  };
  return { following, writes, fetchFn };
}

async function setup() {
  const service = fakeService();
  const store = await openFollowStore({ sync: fakeBrowser.storage.sync, name: `follow-accounts-${++n}` });
  stores.push(store);
  let nextPerson = ALICE;
  const run = createActionRunner({
    serviceUrl: async () => 'http://svc',
    session: createSessionStore(fakeBrowser.storage.local),
    identity: {
      getRedirectURL: () => 'https://x.chromiumapp.org/',
      launchWebAuthFlow: async () => `https://x.chromiumapp.org/#token=${nextPerson.token}&expires_at=2099-01-01T00:00:00Z`,
    },
    follows: async () => store,
    fetch: service.fetchFn,
  });
  const signInAs = async (person: typeof ALICE) => {
    nextPerson = person;
    return (await run({ kind: 'sign-in' })) as SessionView;
  };
  const ids = async () => (await store.list()).map((e) => e.researcherId).sort();
  return { service, store, run, signInAs, ids };
}

describe('follows on one browser with two accounts', () => {
  it('a second person who signs in inherits nothing: the first account’s follows left with its sign-out', async () => {
    const { service, run, signInAs, ids } = await setup();
    service.following.get(ALICE.token)!.add(OTHER);
    await signInAs(ALICE);
    expect(await ids()).toEqual([OTHER]);
    await run({ kind: 'follow', id: PRIEM });
    expect(service.following.get(ALICE.token)).toEqual(new Set([OTHER, PRIEM]));

    await run({ kind: 'sign-out' });
    expect(await ids()).toEqual([]);
    // Her follows never went to sync either, where the next person (or another browser) would pick them up.
    expect((await readMirror(fakeBrowser.storage.sync)).follows.size).toBe(0);

    const view = await signInAs(BOB);
    expect(view.followOffer).toBeNull();
    expect(service.following.get(BOB.token)).toEqual(new Set());
    expect(service.writes.filter((w) => w.startsWith(BOB.name))).toEqual([]);
    expect(await ids()).toEqual([]);
  });

  it('a follow made signed out is offered after sign-in, sent only on yes, and kept on this browser on no', async () => {
    const { service, run, signInAs, ids } = await setup();
    await run({ kind: 'follow', id: BROWSERS });
    expect([...(await readMirror(fakeBrowser.storage.sync)).follows.keys()]).toEqual([BROWSERS]);

    const asked = await signInAs(BOB);
    expect(asked.followOffer).toEqual({ count: 1, names: [BROWSERS] });
    expect(service.writes).toEqual([]);
    const declined = (await run({ kind: 'follow-offer', accept: false })) as SessionView;
    expect(declined.followOffer).toBeNull();
    expect(service.writes).toEqual([]);
    expect(await ids()).toEqual([BROWSERS]);

    await run({ kind: 'sign-out' });
    expect(await ids()).toEqual([BROWSERS]);
    expect((await signInAs(BOB)).followOffer).toEqual({ count: 1, names: [BROWSERS] });
    const accepted = (await run({ kind: 'follow-offer', accept: true })) as SessionView;
    expect(accepted.followOffer).toBeNull();
    expect(service.writes).toEqual([`${BOB.name} PUT ${BROWSERS}`]);
    // Now the account's: it leaves with the sign-out, and the next person is not offered it.
    await run({ kind: 'sign-out' });
    expect(await ids()).toEqual([]);
    expect((await signInAs(ALICE)).followOffer).toBeNull();
    expect(service.following.get(ALICE.token)).toEqual(new Set());
  });

  it('an account’s follows left behind by a sign-out that never ran are dropped at the next sign-in, not uploaded', async () => {
    const { service, store, signInAs, ids } = await setup();
    await store.follow(PRIEM, { account: ALICE.orcid });
    await signInAs(BOB);
    expect(await ids()).toEqual([]);
    expect(service.writes).toEqual([]);
  });
});
