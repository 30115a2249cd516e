import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { InvitationStatus } from '../../../lib/api/actions';
import { users } from './users';

/** A collaboration invitation from a signed-in sender to the owner of a claimed record. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    researcherId: text('researcher_id').notNull(),
    message: text('message').notNull(),
    /** The paper the sender came from: a DOI or arXiv id, as the card knew it. */
    paper: text('paper'),
    senderContact: text('sender_contact').notNull(),
    recipientContact: text('recipient_contact'),
    status: text('status').$type<InvitationStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    // One open invitation per sender and recipient, whatever races.
    uniqueIndex('invitations_one_open_idx').on(t.senderId, t.recipientId).where(sql`${t.status} = 'pending'`),
    index('invitations_recipient_idx').on(t.recipientId),
    index('invitations_sender_created_idx').on(t.senderId, t.createdAt),
    check('invitations_status_check', sql`${t.status} in ('pending', 'accepted', 'declined')`),
  ],
);

/** A recipient blocked a sender: no more invitations from them. */
export const blocks = pgTable(
  'blocks',
  {
    blockerId: uuid('blocker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: uuid('blocked_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] })],
);
