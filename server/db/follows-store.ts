import { and, desc, eq } from 'drizzle-orm';
import type { Db } from './client';
import { follows } from './schema';
import { loadStandings } from '../trust/standing';

/** Idempotent: the primary key makes a second follow a no-op, never a second row. */
export async function follow(db: Db, userId: string, researcherId: string, now: Date): Promise<void> {
  await db.insert(follows).values({ userId, researcherId, createdAt: now }).onConflictDoNothing();
}

export async function unfollow(db: Db, userId: string, researcherId: string): Promise<void> {
  await db.delete(follows).where(and(eq(follows.userId, userId), eq(follows.researcherId, researcherId)));
}

/** The follower count the design shows: followers at L2 or above. */
export async function countedFollowers(db: Db, researcherId: string): Promise<number> {
  return (await loadStandings(db, [researcherId])).get(researcherId)?.followers ?? 0;
}

export async function followedBy(db: Db, userId: string): Promise<Array<{ researcherId: string; followedAt: Date }>> {
  const rows = await db
    .select({ researcherId: follows.researcherId, followedAt: follows.createdAt })
    .from(follows)
    .where(eq(follows.userId, userId))
    .orderBy(desc(follows.createdAt), follows.researcherId);
  return rows;
}
