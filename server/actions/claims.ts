import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Claim, ProfileSettingsRequest } from '../../lib/api/actions';
import type { DisputeNotice, SessionUser } from '../../lib/api/auth';
import { toOrcid } from '../../lib/api/ids';
import type { Db } from '../db/client';
import { claimAudit, claims, users } from '../db/schema';
import { getResearchers } from '../db/researchers-store';
import { storedDoisOfAuthor } from '../db/works-store';
import type { OrcidApiClient, OrcidFacts } from '../upstream/orcid';
import { claimReason, decideClaim, MAX_OPEN_DISPUTES, type ClaimDecision, type ClaimFacts } from './claim-rules';
import { uniqueViolation } from '../db/errors';
import type { AppDeps } from '../deps';
import { findResearcher } from './records';

type ClaimRow = typeof claims.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type ClaimOutcome =
  | { kind: 'not-found' }
  | { kind: 'unavailable' }
  /** The claim would be a dispute and the user already holds MAX_OPEN_DISPUTES open ones: nothing is written. */
  | { kind: 'too-many-disputes' }
  | { kind: 'existing'; claim: Claim }
  | { kind: 'new'; claim: Claim };

/**
 * Claims a record for the signed-in user. The evidence (the ORCID record, the record's works) is gathered
 * first, outside any transaction; the decision and its audit row are written under a per-record advisory lock,
 * with the one-owner index as the last word: of two concurrent winning claims one is approved and the other
 * becomes a dispute.
 */
export async function claimRecord(deps: Pick<AppDeps, 'db' | 'openalex' | 'now'> & { orcidApi: OrcidApiClient }, user: SessionUser, researcherId: string): Promise<ClaimOutcome> {
  const existing = await claimOf(deps.db, user.id, researcherId);
  if (existing) return { kind: 'existing', claim: toClaim(existing) };
  const lookup = await findResearcher(deps, researcherId);
  if (!lookup.found) return lookup.unavailable ? { kind: 'unavailable' } : { kind: 'not-found' };
  const { record } = lookup;

  let orcid: OrcidFacts | null = null;
  let orcidProblem: string | null = null;
  try {
    orcid = await deps.orcidApi.getFacts(user.orcid);
    if (!orcid) orcidProblem = 'ORCID has no public record for this iD';
  } catch (error) {
    orcidProblem = error instanceof Error ? error.message : 'ORCID could not be read';
  }
  const facts: Omit<ClaimFacts, 'ownedByAnother'> = {
    signedInOrcid: user.orcid,
    recordOrcid: toOrcid(record.orcid),
    recordWorks: record.works_count,
    recordDois: await storedDoisOfAuthor(deps.db, researcherId),
    recordInstitutions: [...record.last_known_institutions, ...record.affiliations.map((a) => a.institution)].map((i) => ({ name: i.display_name, ror: i.ror })),
    orcid,
    orcidProblem,
  };

  const write = (forceDispute: boolean) =>
    deps.db.transaction(async (tx) => {
      await lockRecord(tx, researcherId);
      const again = await claimOf(tx, user.id, researcherId);
      if (again) return { kind: 'existing' as const, claim: toClaim(again) };
      const [owner] = await tx
        .select({ id: claims.id, evidence: claims.evidence })
        .from(claims)
        .where(and(eq(claims.researcherId, researcherId), eq(claims.status, 'approved'), ne(claims.userId, user.id)));
      const decision = decideClaim({ ...facts, ownedByAnother: forceDispute || owner !== undefined, ownerEvidence: owner?.evidence ?? null });
      if (decision.status === 'disputed' && (await openDisputes(tx, user.id)) >= MAX_OPEN_DISPUTES) return { kind: 'too-many-disputes' as const };
      const row = await insertClaim(tx, user.id, researcherId, decision, deps.now());
      return { kind: 'new' as const, claim: toClaim(row) };
    });

  try {
    return await write(false);
  } catch (error) {
    const constraint = uniqueViolation(error);
    // Another replica approved an owner between our read and our write: this claim is a dispute.
    if (constraint === 'claims_one_owner_idx') return write(true);
    if (constraint === 'claims_user_researcher_idx') {
      const row = await claimOf(deps.db, user.id, researcherId);
      if (row) return { kind: 'existing', claim: toClaim(row) };
    }
    throw error;
  }
}

/** Releases one of the user's claims; when it was the owner's, open disputes over the record go back to review. */
export async function releaseClaim(deps: { db: Db; now: () => Date }, userId: string, claimId: string): Promise<ClaimRow | null> {
  return deps.db.transaction(async (tx) => {
    const [found] = await tx.select().from(claims).where(and(eq(claims.id, claimId), eq(claims.userId, userId)));
    if (!found) return null;
    await lockRecord(tx, found.researcherId);
    const [row] = await tx.delete(claims).where(and(eq(claims.id, claimId), eq(claims.userId, userId))).returning();
    if (!row) return null;
    const now = deps.now();
    await audit(tx, row, 'released', now);
    if (row.status === 'approved') {
      const reopened = await tx
        .update(claims)
        .set({ status: 'pending', rule: 'review', decidedAt: now })
        .where(and(eq(claims.researcherId, row.researcherId), eq(claims.status, 'disputed')))
        .returning();
      for (const r of reopened) await audit(tx, r, 'reopened', now);
    }
    return row;
  });
}

export type SettingsOutcome = { kind: 'ok'; claim: Claim } | { kind: 'none-owned' } | { kind: 'ambiguous' } | { kind: 'not-owned' };

/** Sets the owner's "open to collaborate" and headline on one of their approved claims. */
export async function updateOwnerSettings(db: Db, userId: string, req: ProfileSettingsRequest): Promise<SettingsOutcome> {
  const owned = await db.select().from(claims).where(and(eq(claims.userId, userId), eq(claims.status, 'approved')));
  if (owned.length === 0) return { kind: 'none-owned' };
  const target = req.researcherId ? owned.find((c) => c.researcherId === req.researcherId) : owned.length === 1 ? owned[0] : undefined;
  if (!target) return req.researcherId ? { kind: 'not-owned' } : { kind: 'ambiguous' };
  const [row] = await db
    .update(claims)
    .set({
      ...(req.openToCollaborate !== undefined ? { openToCollaborate: req.openToCollaborate } : {}),
      ...(req.headline !== undefined ? { headline: req.headline } : {}),
    })
    .where(and(eq(claims.id, target.id), eq(claims.status, 'approved')))
    .returning();
  return row ? { kind: 'ok', claim: toClaim(row) } : { kind: 'not-owned' };
}

export async function claimsOfUser(db: Db, userId: string): Promise<Claim[]> {
  const rows = await db.select().from(claims).where(eq(claims.userId, userId)).orderBy(asc(claims.createdAt));
  return rows.map(toClaim);
}

/** Disputes this user is part of: as the claimant of an owned record, or as the owner of a disputed one. */
export async function disputesOfUser(db: Db, userId: string, mine: Claim[]): Promise<DisputeNotice[]> {
  const notices: DisputeNotice[] = mine
    .filter((c) => c.status === 'disputed')
    .map((c) => ({
      researcherId: c.researcherId,
      claimId: c.id,
      role: 'claimant' as const,
      openedAt: c.decidedAt,
      message: c.evidence.outweighsOwner === true
        ? 'Your claim is disputed: this record already has an owner. Your evidence is as strong as theirs, so its score is withheld until PeerLens has reviewed both claims.'
        : 'Your claim is disputed: this record already has an owner with stronger evidence. PeerLens will review both claims; meanwhile the owner’s score stays, marked disputed.',
      researcherName: null,
      claimant: null,
    }));
  const owned = mine.filter((c) => c.status === 'approved').map((c) => c.researcherId);
  if (owned.length > 0) {
    const against = await db
      .select({ claim: claims, orcid: users.orcid, name: users.name })
      .from(claims)
      .innerJoin(users, eq(users.id, claims.userId))
      .where(and(inArray(claims.researcherId, owned), eq(claims.status, 'disputed')));
    for (const { claim: c, orcid, name } of against) {
      notices.push({
        researcherId: c.researcherId,
        claimId: c.id,
        role: 'owner',
        openedAt: c.decidedAt.toISOString(),
        message: c.evidence.outweighsOwner === true
          ? 'Someone else has claimed a record you own, with evidence as strong as yours. Its score is withheld until PeerLens settles the dispute.'
          : 'Someone else has claimed a record you own. Your score stays, marked disputed, while PeerLens reviews their evidence.',
        researcherName: null,
        claimant: { orcid, name },
      });
    }
  }
  if (notices.length === 0) return notices;
  const records = await getResearchers(db, [...new Set(notices.map((n) => n.researcherId))]);
  return notices.map((n) => ({ ...n, researcherName: records.get(n.researcherId)?.value.display_name ?? null }));
}

export async function claimOf(db: Db | Tx, userId: string, researcherId: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(and(eq(claims.userId, userId), eq(claims.researcherId, researcherId)));
  return row;
}

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    researcherId: row.researcherId,
    status: row.status,
    rule: row.rule,
    reason: claimReason(row.status, row.rule, row.evidence),
    evidence: row.evidence,
    level: row.level,
    openToCollaborate: row.openToCollaborate,
    headline: row.headline,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt.toISOString(),
  };
}

async function insertClaim(tx: Tx, userId: string, researcherId: string, d: ClaimDecision, now: Date): Promise<ClaimRow> {
  const [row] = await tx
    .insert(claims)
    .values({ id: randomUUID(), researcherId, userId, status: d.status, rule: d.rule, evidence: d.evidence, level: d.level, createdAt: now, decidedAt: now })
    .returning();
  await audit(tx, row!, row!.status, now);
  return row!;
}

/** The audit is only ever inserted into (and a trigger refuses anything else). */
async function audit(tx: Tx, row: ClaimRow, decision: string, now: Date): Promise<void> {
  await tx.insert(claimAudit).values({ claimId: row.id, researcherId: row.researcherId, userId: row.userId, decision, rule: row.rule, evidence: row.evidence, at: now });
}

/**
 * The user's open disputes, counted under a per-user lock (taken after the record's, always in that order) so
 * that concurrent disputes of different records cannot together pass the limit.
 */
async function openDisputes(tx: Tx, userId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`disputes:${userId}`}))`);
  const [row] = await tx.select({ n: count() }).from(claims).where(and(eq(claims.userId, userId), eq(claims.status, 'disputed')));
  return row?.n ?? 0;
}

/** Serialises claim decisions of one record across connections and replicas, until the transaction ends. */
async function lockRecord(tx: Tx, researcherId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`claim:${researcherId}`}))`);
}
