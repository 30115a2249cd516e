import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FollowingResponse } from '../../lib/api/actions';
import { ResearcherProfile } from '../../lib/api/profile';
import { createActionRunner, type SessionView } from '../../entrypoints/background/actions/run-action';
import { createSessionStore, type LocalArea } from '../../lib/auth/session';
import { openFollowStore, type FollowStore } from '../../lib/follow/follow-store';
import type { SyncArea } from '../../lib/follow/sync-mirror';
import { account, createActionsService, EXTENSION_REDIRECT, type ActionsService } from './support/actions-service';
import { PEERJ } from '../../server/dev/papers';
import { visitPapers } from './support/papers';

/**
 * Issue 8, item 2, against the real service: two people take turns on one browser — the extension's own action
 * runner (lib/actions) with one follow store and one storage area, talking to the in-process service. Followers
 * feed the score (an L4 follower weighs 1.5), so a follow that moved to the next person's account would raise a
 * researcher's score without anyone clicking Follow. It must not.
 */
const PRIEM = 'A5023888391';
const PIWOWAR = 'A5048491430';
const WEST = 'A5046879461';

function memoryArea(): LocalArea & SyncArea {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

describe('follows do not move between accounts on one browser, so they cannot inflate a score', () => {
  let svc: ActionsService;
  let store: FollowStore;
  let run: ReturnType<typeof createActionRunner>;
  let nextToken = '';
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await createActionsService();
    await visitPapers(svc, [PEERJ]);
    store = await openFollowStore({ sync: memoryArea(), name: 'server-follow-accounts' });
    run = createActionRunner({
      serviceUrl: async () => 'http://peerlens.test',
      session: createSessionStore(memoryArea()),
      identity: {
        getRedirectURL: () => EXTENSION_REDIRECT,
        launchWebAuthFlow: async () => `${EXTENSION_REDIRECT}#token=${nextToken}&expires_at=2099-01-01T00:00:00Z`,
      },
      follows: async () => store,
      fetch: (async (input: URL | RequestInfo, init?: RequestInit) => {
        const url = new URL(String(input));
        return svc.app.request(url.pathname + url.search, init);
      }) as typeof fetch,
    });
  });
  afterAll(async () => {
    store.close();
    await svc.close();
  });

  /** The browser's sign-in: the auth window ends with this person's token (the provider flow itself is auth.test's). */
  const signInAs = async (who: 'priem' | 'piwowar' | 'carberry') => {
    nextToken = tokens[who] = await svc.signIn(account(who).orcid);
    return (await run({ kind: 'sign-in' })) as SessionView;
  };
  const followingOf = async (token: string) => FollowingResponse.parse(await (await svc.call('GET', '/v1/me/following', token)).json()).items.map((i) => i.researcherId).sort();
  const followersOf = async (id: string) => {
    const profile = ResearcherProfile.parse(await (await svc.call('GET', `/v1/researchers/${id}`, null)).json());
    const line = profile.breakdown.parts.find((p) => p.key === 'community')!.inputs.find((i) => /Followers/.test(i.label))!;
    return { count: profile.summary.counts.followers, weighted: line.value, points: line.points };
  };

  it('an L4 follower’s follow stays hers: the next person on the browser gets none of it, and the score does not move', async () => {
    await signInAs('piwowar');
    expect(await run({ kind: 'claim', id: PIWOWAR })).toMatchObject({ claim: { status: 'approved' } });
    await run({ kind: 'follow', id: WEST });
    const withHers = await followersOf(WEST);
    expect(withHers).toMatchObject({ count: 1, weighted: 1.5 });
    await run({ kind: 'sign-out' });
    expect((await store.list()).map((e) => e.researcherId)).toEqual([]);

    // Jason Priem (L3 once he claims his record) signs in on the same browser and clicks nothing but Claim.
    const view = await signInAs('priem');
    expect(view.followOffer).toBeNull();
    expect(await run({ kind: 'claim', id: PRIEM })).toMatchObject({ claim: { status: 'approved' } });
    expect(await followingOf(tokens.priem!)).toEqual([]);
    expect(await followersOf(WEST)).toEqual(withHers);
    // Her signed-out token cannot add anything either.
    expect((await svc.call('PUT', `/v1/me/following/${PIWOWAR}`, tokens.piwowar!)).status).toBe(401);
  });

  it('a follow made signed out reaches an account only on that person’s yes, and counts for them alone', async () => {
    await run({ kind: 'sign-out' });
    await run({ kind: 'follow', id: WEST });
    const before = await followersOf(WEST);

    const asked = await signInAs('priem');
    expect(asked.followOffer).toMatchObject({ count: 1 });
    expect(await followingOf(tokens.priem!)).toEqual([]);
    expect(await followersOf(WEST)).toEqual(before);

    await run({ kind: 'follow-offer', accept: true });
    expect(await followingOf(tokens.priem!)).toEqual([WEST]);
    expect(await followersOf(WEST)).toMatchObject({ count: before.count + 1, weighted: before.weighted as number + 1 });

    // Signed out, the next person is not offered Jason's follow and adds nothing to West's score.
    await run({ kind: 'sign-out' });
    const next = await signInAs('carberry');
    expect(next.followOffer).toBeNull();
    expect(await followingOf(tokens.carberry!)).toEqual([]);
    expect(await followersOf(WEST)).toMatchObject({ count: before.count + 1 });
  });
});
