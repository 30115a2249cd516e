import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from './client';
import { claimAudit, claims, users } from './schema';

/** Claims of researcher records, their audit trail and the locks that serialise decisions: every query on them. */

export type ClaimRow = typeof claims.$inferSelect;
export type NewClaimRow = typeof claims.$inferInsert;

/** Decided claims (approved or disputed, not pending) on the records `ids`, with the claimant's ORCID iD. */
export async function decidedClaimsOn(db: Db, ids: readonly string[]) {
  return db
    .select({
      researcherId: claims.researcherId,
      status: claims.status,
      userId: claims.userId,
      orcid: users.orcid,
      level: claims.level,
      evidence: claims.evidence,
      openToCollaborate: claims.openToCollaborate,
      headline: claims.headline,
    })
    .from(claims)
    .innerJoin(users, eq(users.id, claims.userId))
    .where(and(inArray(claims.researcherId, [...ids]), ne(claims.status, 'pending')));
}

export async function claimOf(db: Db | Tx, userId: string, researcherId: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(and(eq(claims.userId, userId), eq(claims.researcherId, researcherId)));
  return row;
}

/** The approved owner of the record, when it is someone other than `userId`. */
export async function otherOwnerOf(tx: Tx, researcherId: string, userId: string): Promise<Pick<ClaimRow, 'id' | 'evidence'> | undefined> {
  const [owner] = await tx
    .select({ id: claims.id, evidence: claims.evidence })
    .from(claims)
    .where(and(eq(claims.researcherId, researcherId), eq(claims.status, 'approved'), ne(claims.userId, userId)));
  return owner;
}

/** Inserts a claim and its audit row (the decision as made). */
export async function insertClaim(tx: Tx, values: NewClaimRow, now: Date): Promise<ClaimRow> {
  const [row] = await tx.insert(claims).values(values).returning();
  await audit(tx, row!, row!.status, now);
  return row!;
}

/** Deletes one of the user's claims, with an audit row saying it was released; null when there was none. */
export async function deleteClaim(tx: Tx, userId: string, claimId: string, now: Date): Promise<ClaimRow | null> {
  const [row] = await tx.delete(claims).where(and(eq(claims.id, claimId), eq(claims.userId, userId))).returning();
  if (!row) return null;
  await audit(tx, row, 'released', now);
  return row;
}

export async function claimOfUserById(tx: Tx, userId: string, claimId: string): Promise<ClaimRow | undefined> {
  const [found] = await tx.select().from(claims).where(and(eq(claims.id, claimId), eq(claims.userId, userId)));
  return found;
}

/** Disputes over the record go back to review (audited as reopened). */
export async function reopenDisputes(tx: Tx, researcherId: string, now: Date): Promise<void> {
  const reopened = await tx
    .update(claims)
    .set({ status: 'pending', rule: 'review', decidedAt: now })
    .where(and(eq(claims.researcherId, researcherId), eq(claims.status, 'disputed')))
    .returning();
  for (const r of reopened) await audit(tx, r, 'reopened', now);
}

export async function approvedClaimsOf(db: Db, userId: string): Promise<ClaimRow[]> {
  return db.select().from(claims).where(and(eq(claims.userId, userId), eq(claims.status, 'approved')));
}

/** Sets the owner's settings on an approved claim; undefined when it is no longer approved. */
export async function updateOwnerClaim(db: Db, claimId: string, set: { openToCollaborate?: boolean; headline?: string | null }): Promise<ClaimRow | undefined> {
  const [row] = await db
    .update(claims)
    .set(set)
    .where(and(eq(claims.id, claimId), eq(claims.status, 'approved')))
    .returning();
  return row;
}

export async function claimsOfUserRows(db: Db, userId: string): Promise<ClaimRow[]> {
  return db.select().from(claims).where(eq(claims.userId, userId)).orderBy(asc(claims.createdAt));
}

/** Open disputes of the records `researcherIds`, with the disputing user's ORCID iD and name. */
export async function disputesOn(db: Db, researcherIds: string[]): Promise<Array<{ claim: ClaimRow; orcid: string; name: string | null }>> {
  return db
    .select({ claim: claims, orcid: users.orcid, name: users.name })
    .from(claims)
    .innerJoin(users, eq(users.id, claims.userId))
    .where(and(inArray(claims.researcherId, researcherIds), eq(claims.status, 'disputed')));
}

/**
 * The user's open disputes, counted under a per-user lock (take it after the record's, always in that order) so
 * that concurrent disputes of different records cannot together pass the limit.
 */
export async function lockAndCountOpenDisputes(tx: Tx, userId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`disputes:${userId}`}))`);
  const [row] = await tx.select({ n: count() }).from(claims).where(and(eq(claims.userId, userId), eq(claims.status, 'disputed')));
  return row?.n ?? 0;
}

/** Serialises claim decisions of one record across connections and replicas, until the transaction ends. */
export async function lockRecordClaims(tx: Tx, researcherId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`claim:${researcherId}`}))`);
}

/** The audit is only ever inserted into (and a trigger refuses anything else). */
async function audit(tx: Tx, row: ClaimRow, decision: string, now: Date): Promise<void> {
  await tx.insert(claimAudit).values({ claimId: row.id, researcherId: row.researcherId, userId: row.userId, decision, rule: row.rule, evidence: row.evidence, at: now });
}
