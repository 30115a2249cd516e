import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A paper identifier (`arxiv:<id>` or `doi:<doi>`, see `paperKey`) → the OpenAlex work it names, or null when
 * OpenAlex had none: misses are cached too, so a page of unknown preprints does not hit OpenAlex on every visit.
 */
export const paperLookups = pgTable('paper_lookups', {
  key: text('key').primaryKey(),
  workId: text('work_id'),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
});
