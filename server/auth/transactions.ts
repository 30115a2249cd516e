import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { authTransactions } from '../db/schema';

/** Long enough to type a password at ORCID, short enough that a stolen state is soon worthless. */
export const TRANSACTION_MINUTES = 10;

export interface AuthTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  browserBindingHash: string;
}

export async function saveTransaction(db: Db, t: AuthTransaction, now: Date): Promise<void> {
  await db.insert(authTransactions).values({ ...t, createdAt: now, expiresAt: new Date(now.getTime() + TRANSACTION_MINUTES * 60_000) });
  // Keep the table small: attempts that were never finished are useless after their expiry.
  await db.delete(authTransactions).where(lt(authTransactions.expiresAt, new Date(now.getTime() - 24 * 3600 * 1000)));
}

/**
 * Marks the transaction used and returns it, in one statement: of two callbacks with the same state (a replay,
 * or a race) exactly one gets it. Unknown, expired or used → null.
 */
export async function takeTransaction(db: Db, state: string, now: Date): Promise<AuthTransaction | null> {
  const [row] = await db
    .update(authTransactions)
    .set({ usedAt: now })
    .where(and(eq(authTransactions.state, state), isNull(authTransactions.usedAt), gt(authTransactions.expiresAt, now)))
    .returning();
  return row
    ? { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, redirectUri: row.redirectUri, browserBindingHash: row.browserBindingHash }
    : null;
}
