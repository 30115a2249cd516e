import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from './client';
import { authTransactions } from './schema';

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

export type TakeOutcome = { kind: 'taken'; transaction: AuthTransaction } | { kind: 'unknown' } | { kind: 'other-browser' };

/**
 * Marks the transaction used and returns it, in one statement that also checks the browser binding: only the
 * browser that started the sign-in can spend it (one that merely knows the `state` cannot cancel it), and of
 * two callbacks with the same state (a replay, or a race) exactly one gets it. A miss says whether the attempt
 * is live but bound to another browser, or unknown, expired or used.
 */
export async function takeTransaction(db: Db, state: string, browserBindingHash: string | null, now: Date): Promise<TakeOutcome> {
  const live = and(eq(authTransactions.state, state), isNull(authTransactions.usedAt), gt(authTransactions.expiresAt, now));
  if (browserBindingHash !== null) {
    const [row] = await db
      .update(authTransactions)
      .set({ usedAt: now })
      .where(and(live, eq(authTransactions.browserBindingHash, browserBindingHash)))
      .returning();
    if (row) {
      const { nonce, codeVerifier, redirectUri } = row;
      return { kind: 'taken', transaction: { state: row.state, nonce, codeVerifier, redirectUri, browserBindingHash: row.browserBindingHash } };
    }
  }
  const [other] = await db.select({ state: authTransactions.state }).from(authTransactions).where(live);
  return other ? { kind: 'other-browser' } : { kind: 'unknown' };
}
