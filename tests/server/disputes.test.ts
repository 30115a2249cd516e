import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimResponse, ResearcherClaimState } from '../../lib/api/actions';
import { MeResponse } from '../../lib/api/auth';
import { ResearcherProfile } from '../../lib/api/profile';
import { ApiError } from '../../lib/api/resolve';
import { MAX_OPEN_DISPUTES } from '../../server/actions/claim-rules';
import { claimAudit, claims } from '../../server/db/schema';
import { account, createActionsService, type ActionsService } from './support/actions-service';
import { MEARMAN_PAPERS, PEERJ } from '../../server/dev/papers';
import { visitPapers } from './support/papers';

const PRIEM = 'A5023888391';
const PIWOWAR = 'A5048491430';
const MEARMAN = 'A5017898742';
const ROBERTS = 'A5009341822';

/**
 * Issue 12, item 8: a dispute is recorded with its evidence and shown as "disputed" beside the owner's score; the
 * score is withheld only when the disputer's evidence is at least as strong as the owner's; one person holds at
 * most MAX_OPEN_DISPUTES open disputes.
 */
describe('Disputes: evidence decides whether the score is withheld; a few open disputes per person', () => {
  let svc: ActionsService;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    svc = await createActionsService();
    for (const name of ['priem', 'piwowar', 'mearman', 'roberts', 'carberry'] as const) tokens[name] = await svc.signIn(account(name).orcid);
    await visitPapers(svc, [PEERJ, ...MEARMAN_PAPERS]);
  });
  afterAll(async () => {
    await svc.close();
  });

  const claim = (who: string, id: string) => svc.call('POST', `/v1/researchers/${id}/claim`, tokens[who]!);
  const claimOk = async (who: string, id: string) => {
    const res = await claim(who, id);
    expect(res.status, await res.clone().text()).toBe(201);
    return ClaimResponse.parse(await res.json());
  };
  const me = async (who: string) => MeResponse.parse(await (await svc.call('GET', '/v1/me', tokens[who]!)).json());
  const identityConfidence = async (id: string) => {
    const profile = ResearcherProfile.parse(await (await svc.call('GET', `/v1/researchers/${id}`, null)).json());
    const input = profile.breakdown.parts.find((p) => p.key === 'integrity')!.inputs.find((i) => i.label === 'Identity confidence')!;
    return { value: input.value, source: input.source, summary: profile.summary };
  };

  it('owners claim their records', async () => {
    expect((await claimOk('priem', PRIEM)).claim.status).toBe('approved');
    expect((await claimOk('piwowar', PIWOWAR)).claim.status).toBe('approved');
    expect((await claimOk('mearman', MEARMAN)).claim).toMatchObject({ status: 'approved', rule: 'works-overlap' });
    expect((await claimOk('roberts', ROBERTS)).claim.status).toBe('approved');
  });

  it('withholds the score when the disputer’s ORCID record lists the record’s works as the owner’s does', async () => {
    const before = await identityConfidence(MEARMAN);
    expect(before.value).toBe('claimed');
    expect(before.summary.trust.score).toEqual(expect.any(Number));

    // Roberts co-wrote both of the record's works and lists them on his ORCID record, as Mearman does.
    const { claim: c, summary } = await claimOk('roberts', MEARMAN);
    expect(c).toMatchObject({ status: 'disputed', evidence: { outweighsOwner: true } });
    expect(c.evidence.overlap.length).toBeGreaterThanOrEqual(2);
    expect(c.reason).toMatch(/at least as strong as theirs\. The score is withheld/);
    expect(summary!.trust).toMatchObject({ score: null, band: null, claimed: true, disputed: true, heldBy: expect.stringMatching(/evidence as strong as the owner’s; the score is withheld/) });

    const after = await identityConfidence(MEARMAN);
    expect(after.value).toBe('disputed');
    expect(after.source).toMatch(/evidence as strong as the owner’s/);
    const state = ResearcherClaimState.parse(await (await svc.call('GET', `/v1/researchers/${MEARMAN}/claim`, null)).json());
    expect(state).toMatchObject({ claimed: true, disputed: true, scoreWithheld: true });
    expect((await me('mearman')).disputes).toEqual([expect.objectContaining({ role: 'owner', message: expect.stringMatching(/withheld/) })]);
  });

  it('keeps the score, marked disputed and at full identity confidence, when the disputer has no evidence', async () => {
    const before = await identityConfidence(PRIEM);
    const { claim: c, summary } = await claimOk('carberry', PRIEM);
    expect(c.evidence.outweighsOwner).toBe(false);
    expect(summary!.trust).toMatchObject({ score: before.summary.trust.score, disputed: true, heldBy: null });
    const after = await identityConfidence(PRIEM);
    expect(after.value).toBe('claimed');
    expect(after.source).toMatch(/dispute with weaker evidence awaits review/);
    expect(after.summary.trust.score).toBe(before.summary.trust.score);
  });

  it(`lets one person hold at most ${MAX_OPEN_DISPUTES} open disputes, also when they are opened at once`, async () => {
    expect(MAX_OPEN_DISPUTES).toBe(3);
    await claimOk('carberry', PIWOWAR); // the second, after PRIEM
    const both = await Promise.all([claim('carberry', MEARMAN), claim('carberry', ROBERTS)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 429]);
    const refused = both.find((r) => r.status === 429)!;
    expect(ApiError.parse(await refused.json()).error).toMatch(/already hold 3 open disputes.*withdraw one/);
    const refusedId = both[0]!.status === 429 ? MEARMAN : ROBERTS;
    // Nothing of the refused one is written, not even in the audit.
    const carberry = (await me('carberry')).user.id;
    expect(await svc.database.db.select().from(claims).where(and(eq(claims.userId, carberry), eq(claims.researcherId, refusedId)))).toEqual([]);
    expect(await svc.database.db.select().from(claimAudit).where(and(eq(claimAudit.userId, carberry), eq(claimAudit.researcherId, refusedId)))).toEqual([]);
    expect((await me('carberry')).claims.filter((c) => c.status === 'disputed')).toHaveLength(3);

    // Withdrawing one makes room for another.
    const withdraw = (await me('carberry')).claims.find((c) => c.researcherId === PRIEM)!;
    expect((await svc.call('DELETE', `/v1/me/claims/${withdraw.id}`, tokens.carberry!)).status).toBe(200);
    expect((await claimOk('carberry', refusedId)).claim.status).toBe('disputed');
    // A claim that is not a dispute is never counted against the limit.
    const pending = await svc.call('POST', '/v1/researchers/A5110556667/claim', tokens.carberry!);
    expect([200, 201, 404]).toContain(pending.status);
  });
});
