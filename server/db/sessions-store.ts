import { and, eq, gt, isNull } from 'drizzle-orm';
import type { SessionUser } from '../../lib/api/auth';
import type { Db } from './client';
import { sessions, users } from './schema';

/** Sessions, stored by the hash of their bearer token (the token itself is never stored). */

export async function insertSession(db: Db, session: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(session);
}

/** The user of a live session (not expired at `now`, not revoked) with this token hash. */
export async function liveSession(db: Db, tokenHash: string, now: Date): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const [row] = await db
    .select({ id: users.id, orcid: users.orcid, name: users.name, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  return row ? { user: { id: row.id, orcid: row.orcid, name: row.name }, expiresAt: row.expiresAt } : null;
}

export async function revokeSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)));
}
