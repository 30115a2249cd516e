import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimResponse, ProfileSettingsResponse, ReleaseClaimResponse, ReportResponse, ResearcherClaimState } from '../../lib/api/actions';
import { MeResponse } from '../../lib/api/auth';
import { ApiError } from '../../lib/api/resolve';
import { claimAudit, claims } from '../../server/db/schema';
import { account, createActionsService, type ActionsService } from './support/actions-service';
import { MEARMAN_PAPERS, PEERJ } from '../../server/dev/papers';
import { visitPapers } from './support/papers';

const PRIEM = 'A5023888391';
const PIWOWAR = 'A5048491430';
const MEARMAN = 'A5017898742';
const WEST = 'A5046879461';
const JACKSON = 'A5110556667';

describe('Claims: the decision rules of DESIGN.md, one owner, disputes, the audit', () => {
  let svc: ActionsService;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    svc = await createActionsService();
    for (const name of ['priem', 'piwowar', 'mearman', 'carberry'] as const) tokens[name] = await svc.signIn(account(name).orcid);
    await visitPapers(svc, [PEERJ, ...MEARMAN_PAPERS]);
  });
  afterAll(async () => {
    await svc.close();
  });

  const claim = async (who: string, id: string, status = 201) => {
    const res = await svc.call('POST', `/v1/researchers/${id}/claim`, tokens[who]!);
    expect(res.status, await res.clone().text()).toBe(status);
    return ClaimResponse.parse(await res.json());
  };
  const auditOf = (id: string) => svc.database.db.select().from(claimAudit).where(eq(claimAudit.researcherId, id)).orderBy(claimAudit.seq);
  const me = async (who: string) => MeResponse.parse(await (await svc.call('GET', '/v1/me', tokens[who]!)).json());

  it('approves at once when the record’s ORCID iD is the signed-in iD: L3, Identity gains "claimed", the score moves', async () => {
    const before = (await visitPapers(svc, [PEERJ])).papers[0]!.authors[1]!.researcher!;
    expect(before).toMatchObject({ id: PRIEM, trust: { verification: 'L2', claimed: false } });

    const { claim: c, summary } = await claim('priem', PRIEM);
    expect(c).toMatchObject({ status: 'approved', rule: 'orcid-match', level: 'L3', researcherId: PRIEM });
    expect(c.reason).toMatch(/^Approved: the record's ORCID iD is yours\.$/);
    expect(c.evidence).toMatchObject({ signedInOrcid: '0000-0001-6187-6610', recordOrcid: '0000-0001-6187-6610', trustMarker: false, memberEmployment: null });
    expect(summary!.trust).toMatchObject({ verification: 'L3', claimed: true });
    // claimed 8 + identity confidence 0.5 → 1 (+1.5): at least 9.5 more before flooring.
    expect(summary!.trust.score! - before.trust.score!).toBeGreaterThanOrEqual(9);

    // The badge shows it too (resolve reads the same standing).
    const badge = (await visitPapers(svc, [PEERJ])).papers[0]!.authors[1]!.researcher!;
    expect(badge.trust).toEqual(summary!.trust);

    expect((await auditOf(PRIEM)).map((a) => [a.decision, a.rule])).toEqual([['approved', 'orcid-match']]);
  });

  it('gives L4 when a member organisation asserts an employment at the record’s institution', async () => {
    const { claim: c, summary } = await claim('piwowar', PIWOWAR);
    expect(c).toMatchObject({ status: 'approved', rule: 'orcid-match', level: 'L4' });
    expect(c.evidence).toMatchObject({ trustMarker: true, memberEmployment: 'OurResearch' });
    expect(c.reason).toMatch(/Verified L4: OurResearch/);
    expect(summary!.trust.verification).toBe('L4');
  });

  it('answers a repeated claim with the same claim (200), never a second one', async () => {
    const first = (await me('priem')).claims[0]!;
    const again = await claim('priem', PRIEM, 200);
    expect(again.claim.id).toBe(first.id);
    expect(await auditOf(PRIEM)).toHaveLength(1);
  });

  it('approves a record without an ORCID iD when the ORCID record’s works overlap by at least min(2, half)', async () => {
    const { claim: c, summary } = await claim('mearman', MEARMAN);
    expect(c).toMatchObject({ status: 'approved', rule: 'works-overlap', level: 'L3' });
    expect(c.evidence.recordOrcid).toBeNull();
    expect(c.evidence.overlap).toEqual(['10.1145/2795233', '10.48550/arxiv.2108.04680']);
    expect(c.evidence.needed).toBe(2); // min(2, half of 9 works)
    expect(c.reason).toBe("Approved: your ORCID record lists 2 of this record's works (2 needed).");
    // The claimed record now shows the owner's iD.
    expect(summary).toMatchObject({ orcid: '0000-0002-9000-0009', trust: { verification: 'L3', claimed: true } });
  });

  it('leaves a claim pending with its evidence when the record carries another ORCID iD', async () => {
    const { claim: c, summary } = await claim('carberry', WEST);
    expect(c).toMatchObject({ status: 'pending', rule: 'review', level: null });
    expect(c.evidence).toMatchObject({ signedInOrcid: '0000-0002-1825-0097', recordOrcid: '0000-0002-4118-0322', overlap: [] });
    expect(c.reason).toBe('Pending review: this record carries a different ORCID iD than yours.');
    expect(summary!.trust.claimed).toBe(false);
  });

  it('leaves a claim pending when the works do not overlap enough', async () => {
    const { claim: c } = await claim('carberry', JACKSON);
    expect(c).toMatchObject({ status: 'pending', rule: 'review' });
    expect(c.evidence.recordOrcid).toBeNull();
    expect(c.reason).toMatch(/^Pending review: your ORCID record lists 0 of this record's works; 2 are needed/);
  });

  it('records a dispute without evidence over an owned record: the score stays, marked disputed, and both parties are told', async () => {
    const before = (await visitPapers(svc, [PEERJ])).papers[0]!.authors[1]!.researcher!;
    expect(before.trust.score).toEqual(expect.any(Number));
    const { claim: c, summary } = await claim('carberry', PRIEM);
    expect(c).toMatchObject({ status: 'disputed', rule: 'owned-by-another', evidence: { overlap: [], outweighsOwner: false } });
    expect(c.reason).toMatch(/owner whose evidence is stronger than yours.*score stays, marked disputed/);
    // One request by someone with no evidence must not hide (or lower) anyone's score.
    expect(summary!.trust).toMatchObject({ score: before.trust.score, band: before.trust.band, claimed: true, disputed: true, heldBy: null });
    const badge = (await visitPapers(svc, [PEERJ])).papers[0]!.authors[1]!.researcher!;
    expect(badge.trust).toMatchObject({ score: before.trust.score, disputed: true });

    const owner = await me('priem');
    const claimant = await me('carberry');
    // Both are told, by name: the owner who disputes their claim, the claimant which record is under review.
    expect(owner.disputes).toEqual([
      expect.objectContaining({ researcherId: PRIEM, role: 'owner', claimId: c.id, researcherName: 'Jason Priem', claimant: { orcid: claimant.user.orcid, name: claimant.user.name } }),
    ]);
    expect(claimant.disputes).toEqual([expect.objectContaining({ researcherId: PRIEM, role: 'claimant', researcherName: 'Jason Priem', claimant: null })]);
    // The owner stays the owner.
    const [stillOwner] = await svc.database.db.select().from(claims).where(sql`${claims.researcherId} = ${PRIEM} and ${claims.status} = 'approved'`);
    expect(stillOwner!.userId).toBe(owner.user.id);

    const state = ResearcherClaimState.parse(await (await svc.call('GET', `/v1/researchers/${PRIEM}/claim`, tokens.carberry!)).json());
    expect(state).toMatchObject({ claimed: true, disputed: true, scoreWithheld: false, yourClaim: { status: 'disputed' } });
    expect(owner.disputes[0]!.message).toMatch(/Your score stays, marked disputed/);
    expect(claimant.disputes[0]!.message).toMatch(/owner’s score stays, marked disputed/);
  });

  it('answers 404 for a record that does not exist and 400 for a malformed id', async () => {
    const res = await svc.call('POST', '/v1/researchers/A1999999999/claim', tokens.carberry!);
    expect(res.status).toBe(404);
    expect(ApiError.parse(await res.json()).error).toMatch(/no researcher A1999999999/);
    expect((await svc.call('POST', '/v1/researchers/not-an-id/claim', tokens.carberry!)).status).toBe(400);
    expect((await svc.call('POST', `/v1/researchers/${WEST}/claim`, null)).status).toBe(401);
  });

  it('keeps the audit append-only at the database level', async () => {
    await expect(svc.database.db.execute(sql`update claim_audit set decision = 'approved'`)).rejects.toThrow();
    await expect(svc.database.db.execute(sql`delete from claim_audit`)).rejects.toThrow();
    expect((await auditOf(PRIEM)).length).toBeGreaterThan(0);
  });

  it('makes a second owner impossible at the database level', async () => {
    const [owner] = await svc.database.db.select().from(claims).where(sql`${claims.researcherId} = ${PRIEM} and ${claims.status} = 'approved'`);
    await expect(
      svc.database.db.update(claims).set({ status: 'approved' }).where(sql`${claims.researcherId} = ${PRIEM} and ${claims.status} = 'disputed'`),
    ).rejects.toThrow();
    expect(owner).toBeDefined();
  });

  it('lets the owner set Open to collaborate and a one-line plain-text headline', async () => {
    const ok = await svc.call('PATCH', '/v1/me/profile', tokens.mearman!, { openToCollaborate: true, headline: 'Immersive analytics & visualisation' });
    expect(ok.status).toBe(200);
    expect(ProfileSettingsResponse.parse(await ok.json()).claim).toMatchObject({ openToCollaborate: true, headline: 'Immersive analytics & visualisation' });
    for (const headline of ['<b>bold</b>', 'two\nlines', 'x'.repeat(121), 'bell\u0007']) {
      const res = await svc.call('PATCH', '/v1/me/profile', tokens.mearman!, { headline });
      expect(res.status).toBe(400);
      expect(ApiError.parse(await res.json()).issues?.join(' ')).toMatch(/HTML|one line|120|control/);
    }
    const res = await svc.call('PATCH', '/v1/me/profile', tokens.carberry!, { openToCollaborate: true });
    expect(res.status).toBe(403);
    const state = ResearcherClaimState.parse(await (await svc.call('GET', `/v1/researchers/${MEARMAN}/claim`, null)).json());
    expect(state.owner).toEqual({ openToCollaborate: true, headline: 'Immersive analytics & visualisation', level: 'L3' });
  });

  it('releases a claim: the record is unclaimed again, its disputes go back to review, all in the audit', async () => {
    const mine = (await me('priem')).claims.find((c) => c.researcherId === PRIEM)!;
    const res = await svc.call('DELETE', `/v1/me/claims/${mine.id}`, tokens.priem!);
    expect(ReleaseClaimResponse.parse(await res.json())).toEqual({ released: mine.id, researcherId: PRIEM });
    expect((await svc.call('DELETE', `/v1/me/claims/${mine.id}`, tokens.priem!)).status).toBe(404);
    const carberrys = (await me('carberry')).claims.find((c) => c.researcherId === PRIEM)!;
    expect(carberrys.status).toBe('pending');
    expect((await auditOf(PRIEM)).map((a) => a.decision)).toEqual(['approved', 'disputed', 'released', 'reopened']);
    const badge = (await visitPapers(svc, [PEERJ])).papers[0]!.authors[1]!.researcher!;
    expect(badge.trust).toMatchObject({ claimed: false, verification: 'L2' });
    expect(badge.trust.score).not.toBeNull();
  });

  it('takes "Not me?" reports without a session, limited per reader', async () => {
    const report = { researcherId: PRIEM, paper: '10.7717/peerj.4375', reason: 'This is a different Jason Priem.' };
    for (let i = 0; i < 5; i++) {
      const res = await svc.call('POST', '/v1/reports', null, report);
      expect(res.status).toBe(201);
      ReportResponse.parse(await res.json());
    }
    const limited = await svc.call('POST', '/v1/reports', null, report);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    // A signed-in reader has their own allowance.
    expect((await svc.call('POST', '/v1/reports', tokens.carberry!, report)).status).toBe(201);
    expect((await svc.call('POST', '/v1/reports', tokens.carberry!, { ...report, reason: '<script>x</script>' })).status).toBe(400);
  });
});

describe('Concurrent claims of one record', () => {
  let svc: ActionsService;
  beforeAll(async () => {
    svc = await createActionsService();
    await visitPapers(svc, MEARMAN_PAPERS);
  });
  afterAll(async () => {
    await svc.close();
  });

  it('lets exactly one of two qualifying claimants win; the other gets a dispute', async () => {
    // Mearman and his co-author Roberts both list the record's works on their ORCID records: both qualify.
    const [mearman, roberts] = await Promise.all([svc.signIn(account('mearman').orcid), svc.signIn(account('roberts').orcid)]);
    const results = await Promise.all([mearman, roberts].map((t) => svc.call('POST', `/v1/researchers/${MEARMAN}/claim`, t)));
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    const decided = await Promise.all(results.map(async (r) => ClaimResponse.parse(await r.json()).claim.status));
    expect(decided.sort()).toEqual(['approved', 'disputed']);
    const rows = await svc.database.db.select().from(claims).where(eq(claims.researcherId, MEARMAN));
    expect(rows.filter((r) => r.status === 'approved')).toHaveLength(1);
    const audit = await svc.database.db.select().from(claimAudit).where(eq(claimAudit.researcherId, MEARMAN));
    expect(audit.map((a) => a.decision).sort()).toEqual(['approved', 'disputed']);
  });
});
