import { boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { OpenAlexWork } from '../../upstream/openalex-schemas';

/** OpenAlex works: the fields PeerLens uses (the parsed, stripped record), plus fetch time. */
export const works = pgTable(
  'works',
  {
    id: text('id').primaryKey(),
    doi: text('doi'),
    type: text('type'),
    publicationYear: integer('publication_year'),
    isRetracted: boolean('is_retracted').notNull().default(false),
    record: jsonb('record').$type<OpenAlexWork>().notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('works_doi_idx').on(t.doi)],
);
