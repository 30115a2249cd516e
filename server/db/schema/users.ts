import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** People who signed in with ORCID; the ORCID iD (the id_token's `sub`) is who they are. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  orcid: text('orcid').notNull().unique(),
  name: text('name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull(),
});

/**
 * Session tokens. Only the SHA-256 of a token is kept, so a copy of the database cannot be replayed as
 * anyone's session; revocation is a time rather than a deletion so a revoked token stays recognisably revoked.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * One sign-in attempt between `/start` and its callback: kept server-side (not in a cookie) so every replica
 * can finish it, short-lived, and used at most once (`used_at`), which makes a replayed callback fail.
 */
export const authTransactions = pgTable('auth_transactions', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  /** SHA-256 of the random value in the browser cookie set by `/start`: the callback must come from that browser. */
  browserBindingHash: text('browser_binding_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});
