import { aliasedTable, and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Verification } from '../../lib/api/researcher';
import type { Db } from './client';
import { claims, follows } from './schema';

/** Idempotent: the primary key makes a second follow a no-op, never a second row. */
export async function follow(db: Db, userId: string, researcherId: string, now: Date): Promise<void> {
  await db.insert(follows).values({ userId, researcherId, createdAt: now }).onConflictDoNothing();
}

export async function unfollow(db: Db, userId: string, researcherId: string): Promise<void> {
  await db.delete(follows).where(and(eq(follows.userId, userId), eq(follows.researcherId, researcherId)));
}

export async function followedBy(db: Db, userId: string): Promise<Array<{ researcherId: string; followedAt: Date }>> {
  const rows = await db
    .select({ researcherId: follows.researcherId, followedAt: follows.createdAt })
    .from(follows)
    .where(eq(follows.userId, userId))
    .orderBy(desc(follows.createdAt), follows.researcherId);
  return rows;
}

/**
 * One row per follower of each record: the highest level among the records the follower owns ('L3' < 'L4' as
 * text too), null when they own none; a follower's own record does not count for itself.
 */
export async function followersWithLevels(db: Db, ids: readonly string[]): Promise<Array<{ researcherId: string; level: Verification | null }>> {
  const owned = aliasedTable(claims, 'owned');
  return db
    .select({ researcherId: follows.researcherId, level: sql<Verification | null>`max(${owned.level})` })
    .from(follows)
    .leftJoin(owned, and(eq(owned.userId, follows.userId), eq(owned.status, 'approved'), ne(owned.researcherId, follows.researcherId)))
    .where(inArray(follows.researcherId, [...ids]))
    .groupBy(follows.researcherId, follows.userId);
}
