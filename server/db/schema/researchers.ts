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
  /**
   * When the full profile (the record with its newest works and close collaborators) was last built; null
   * while only the record is known (e.g. loaded as someone's co-author). A profile's freshness is this time.
   */
  profileBuiltAt: timestamp('profile_built_at', { withTimezone: true }),
});
