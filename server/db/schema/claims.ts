import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ClaimEvidence, ClaimRule, ClaimStatus } from '../../../lib/api/actions';
import { users } from './users';

/**
 * A user's claim of a researcher record and its current decision. At most one approved claim per record (the
 * partial unique index: one owner, whatever races), at most one claim per user and record.
 */
export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey(),
    researcherId: text('researcher_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<ClaimStatus>().notNull(),
    rule: text('rule').$type<ClaimRule>().notNull(),
    evidence: jsonb('evidence').$type<ClaimEvidence>().notNull(),
    /** For an approved claim: L3, or L4 with a matching ORCID trust marker. */
    level: text('level').$type<'L3' | 'L4'>(),
    /** The owner's settings for the record (meaningful once approved). */
    openToCollaborate: boolean('open_to_collaborate').notNull().default(false),
    headline: text('headline'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('claims_one_owner_idx').on(t.researcherId).where(sql`${t.status} = 'approved'`),
    uniqueIndex('claims_user_researcher_idx').on(t.userId, t.researcherId),
    index('claims_researcher_idx').on(t.researcherId),
    check('claims_status_check', sql`${t.status} in ('approved', 'pending', 'disputed')`),
  ],
);

/**
 * Every claim decision, in order. Append-only: the code only inserts, and a trigger (migration 0002) rejects
 * UPDATE, DELETE and TRUNCATE, so the history cannot be rewritten by a bug either.
 */
export const claimAudit = pgTable(
  'claim_audit',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    claimId: uuid('claim_id').notNull(),
    researcherId: text('researcher_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** approved · pending · disputed · released · reopened (a dispute back to review after its owner left). */
    decision: text('decision').notNull(),
    rule: text('rule').notNull(),
    evidence: jsonb('evidence').$type<ClaimEvidence>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('claim_audit_researcher_idx').on(t.researcherId)],
);
