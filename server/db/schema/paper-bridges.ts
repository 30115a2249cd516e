import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A paper OpenAlex does not have (key as in `paper_lookups`) → how its authors were resolved without the work
 * (Semantic Scholar, co-author evidence), so a repeat visit within the miss freshness asks no upstream. The answer
 * is kept only as long as the miss is believed; after that the work path is tried again first.
 */
export const paperBridges = pgTable('paper_bridges', {
  key: text('key').primaryKey(),
  answer: jsonb('answer').notNull(),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
});
