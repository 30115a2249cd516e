import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { works } from './works';

/** One row per authorship of a stored work: who, in which position, under which printed name. */
export const workAuthors = pgTable(
  'work_authors',
  {
    workId: text('work_id')
      .notNull()
      .references(() => works.id, { onDelete: 'cascade' }),
    /** 1-based, in the work's authorship order. */
    position: integer('position').notNull(),
    /** Null when OpenAlex has no author entity for this authorship. */
    authorId: text('author_id'),
    rawName: text('raw_name').notNull(),
    displayName: text('display_name'),
    /** ORCID iD carried by the authorship itself (asserted outside our name matching). */
    orcid: text('orcid'),
    institutionIds: text('institution_ids').array().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.workId, t.position] }), index('work_authors_author_idx').on(t.authorId)],
);
