import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FollowingResponse, FollowResponse } from '../../lib/api/actions';
import { ResearcherProfile } from '../../lib/api/profile';
import { follows } from '../../server/db/schema';
import { account, createActionsService, type ActionsService } from './support/actions-service';
import { PEERJ } from '../../server/dev/papers';
import { visitPapers } from './support/papers';

const PRIEM = 'A5023888391';
const PIWOWAR = 'A5048491430';
const WEST = 'A5046879461';

describe('Follow: idempotent, counted only from followers at L2 or above, weighted by level', () => {
  let svc: ActionsService;
  const t: Record<string, string> = {};
  beforeAll(async () => {
    svc = await createActionsService();
    for (const name of ['priem', 'piwowar', 'carberry'] as const) t[name] = await svc.signIn(account(name).orcid);
    await visitPapers(svc, [PEERJ]);
  });
  afterAll(async () => {
    await svc.close();
  });

  const put = async (who: string, id: string) => FollowResponse.parse(await (await svc.call('PUT', `/v1/me/following/${id}`, t[who]!)).json());
  const del = async (who: string, id: string) => FollowResponse.parse(await (await svc.call('DELETE', `/v1/me/following/${id}`, t[who]!)).json());
  const communityOf = async (id: string) => {
    const profile = ResearcherProfile.parse(await (await svc.call('GET', `/v1/researchers/${id}`, null)).json());
    const line = profile.breakdown.parts.find((p) => p.key === 'community')!.inputs.find((i) => /Followers/.test(i.label))!;
    return { followers: profile.summary.counts.followers, weighted: line.value, points: line.points };
  };

  it('is idempotent: following twice keeps one row; an ORCID user who owns no record counts 0 (not yet L2)', async () => {
    expect(await put('carberry', WEST)).toEqual({ researcherId: WEST, following: true, followers: 0 });
    expect(await put('carberry', WEST)).toEqual({ researcherId: WEST, following: true, followers: 0 });
    const rows = await svc.database.db.select().from(follows).where(sql`${follows.researcherId} = ${WEST}`);
    expect(rows).toHaveLength(1);
  });

  it('makes a double follow impossible at the database level', async () => {
    const [row] = await svc.database.db.select().from(follows).where(sql`${follows.researcherId} = ${WEST}`);
    await expect(svc.database.db.insert(follows).values({ ...row!, createdAt: new Date() })).rejects.toThrow();
  });

  it('counts owners of claimed records: L3 weighs 1, L4 weighs 1.5, in the count and in the score', async () => {
    expect((await svc.call('POST', `/v1/researchers/${PRIEM}/claim`, t.priem!)).status).toBe(201); // L3
    expect((await svc.call('POST', `/v1/researchers/${PIWOWAR}/claim`, t.piwowar!)).status).toBe(201); // L4
    const before = await communityOf(WEST);
    expect(before).toMatchObject({ followers: 0, weighted: 0, points: 0 });

    expect((await put('priem', WEST)).followers).toBe(1);
    expect((await put('piwowar', WEST)).followers).toBe(2);
    const after = await communityOf(WEST);
    expect(after.followers).toBe(2);
    expect(after.weighted).toBe(2.5);
    expect(after.points).toBeCloseTo(10 * (Math.log10(1 + 2.5) / 2), 6);

    // Following one's own record does not count.
    expect((await put('priem', PRIEM)).followers).toBe(0);
  });

  it('lists what the user follows, newest first, with summaries', async () => {
    const list = FollowingResponse.parse(await (await svc.call('GET', '/v1/me/following', t.priem!)).json());
    expect(list.items.map((i) => i.researcherId).sort()).toEqual([PRIEM, WEST].sort());
    const west = list.items.find((i) => i.researcherId === WEST)!;
    expect(west.summary).toMatchObject({ id: WEST, counts: { followers: 2 } });
  });

  it('unfollows idempotently and the count drops', async () => {
    expect(await del('piwowar', WEST)).toEqual({ researcherId: WEST, following: false, followers: 1 });
    expect(await del('piwowar', WEST)).toEqual({ researcherId: WEST, following: false, followers: 1 });
  });

  it('refuses unknown and malformed ids, and anonymous callers', async () => {
    expect((await svc.call('PUT', '/v1/me/following/A1999999999', t.carberry!)).status).toBe(404);
    expect((await svc.call('PUT', '/v1/me/following/W2741809807', t.carberry!)).status).toBe(400);
    expect((await svc.call('PUT', `/v1/me/following/${WEST}`, null)).status).toBe(401);
    expect((await svc.call('GET', '/v1/me/following', null)).status).toBe(401);
  });
});
