import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** "Not me?": a reader says a name on a paper was matched to the wrong record. Kept for review. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey(),
    researcherId: text('researcher_id').notNull(),
    paper: text('paper'),
    reason: text('reason').notNull(),
    /** Null for an anonymous reader. */
    userId: uuid('user_id'),
    /** SHA-256 of the reporter's address, never the address itself. */
    reporterHash: text('reporter_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('reports_researcher_idx').on(t.researcherId)],
);

/**
 * Fixed-window request counters, in the database so that a limit holds across service replicas (an
 * in-memory limiter would give each replica its own allowance).
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
