import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { OpenAlexAuthor } from '../../upstream/openalex-schemas';

/** OpenAlex author records as fetched, with the fields we query on pulled out. */
export const researchers = pgTable('researchers', {
  id: text('id').primaryKey(),
  displayName: text('display_name').notNull(),
  orcid: text('orcid'),
  worksCount: integer('works_count').notNull(),
  citedByCount: integer('cited_by_count').notNull(),
  record: jsonb('record').$type<OpenAlexAuthor>().notNull(),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
});
