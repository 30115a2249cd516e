import { lt, sql } from 'drizzle-orm';
import type { Db } from './client';
import { rateLimitHits } from './schema';

/** Counts one hit of `key` in the window starting at `windowStart`; the window's hits so far. One upsert. */
export async function countHit(db: Db, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimitHits.key, rateLimitHits.windowStart], set: { hits: sql`${rateLimitHits.hits} + 1` } })
    .returning({ hits: rateLimitHits.hits });
  return row?.hits ?? 0;
}

/** Drops windows that started before `before`. */
export async function sweepHits(db: Db, before: Date): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, before));
}
