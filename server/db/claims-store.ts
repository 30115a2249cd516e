import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from './client';
import { claims, users } from './schema';

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
