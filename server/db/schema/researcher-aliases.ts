import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Author ids OpenAlex merged into another record (it answers 301, or a record with another id). Kept so a
 * link to the old id keeps working without asking OpenAlex again.
 */
export const researcherAliases = pgTable('researcher_aliases', {
  id: text('id').primaryKey(),
  mergedInto: text('merged_into').notNull(),
  seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
});
