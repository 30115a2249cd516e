import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { OpenAlexWork } from '../../upstream/openalex-schemas';

/** OpenAlex works: the fields PeerLens uses (the parsed, stripped record), plus fetch time. */
export const works = pgTable(
  'works',
  {
    id: text('id').primaryKey(),
    doi: text('doi'),
    type: text('type'),
    publicationYear: integer('publication_year'),
    /** `YYYY-MM-DD`; orders a researcher's works newest first and answers "new works since". */
    publicationDate: date('publication_date', { mode: 'string' }),
    citedByCount: integer('cited_by_count').notNull().default(0),
    isRetracted: boolean('is_retracted').notNull().default(false),
    record: jsonb('record').$type<OpenAlexWork>().notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('works_doi_idx').on(t.doi)],
);
