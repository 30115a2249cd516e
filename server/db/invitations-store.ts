import { aliasedTable, and, count, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from './client';
import { blocks, invitations, users } from './schema';

/** Invitations between users and the blocks that stop them: every query on those tables. */

export type NewInvitationRow = typeof invitations.$inferInsert;

export async function isBlocked(db: Db, blockerId: string, blockedId: string): Promise<boolean> {
  const [blocked] = await db
    .select({ at: blocks.createdAt })
    .from(blocks)
    .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
  return blocked !== undefined;
}

/** Serialises one sender's invitations across connections and replicas, until the transaction ends. */
export async function lockSender(tx: Tx, senderId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`invite:${senderId}`}))`);
}

export async function hasOpenInvitation(tx: Tx, senderId: string, recipientId: string): Promise<boolean> {
  const [open] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.senderId, senderId), eq(invitations.recipientId, recipientId), eq(invitations.status, 'pending')));
  return open !== undefined;
}

export async function countSentSince(tx: Tx, senderId: string, since: Date): Promise<number> {
  const [sent] = await tx
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.senderId, senderId), gt(invitations.createdAt, since)));
  return sent?.n ?? 0;
}

export async function insertInvitation(tx: Tx, values: NewInvitationRow): Promise<void> {
  await tx.insert(invitations).values(values);
}

const sender = aliasedTable(users, 'sender');
const recipient = aliasedTable(users, 'recipient');

function selectInvitations(db: Db) {
  return db
    .select({
      inv: invitations,
      from: { userId: sender.id, orcid: sender.orcid, name: sender.name },
      to: { userId: recipient.id, orcid: recipient.orcid, name: recipient.name },
    })
    .from(invitations)
    .innerJoin(sender, eq(sender.id, invitations.senderId))
    .innerJoin(recipient, eq(recipient.id, invitations.recipientId));
}

/** An invitation with both sides' user (id, ORCID iD, name). */
export type InvitationRow = Awaited<ReturnType<ReturnType<typeof selectInvitations>['where']>>[number];

export async function invitationRowById(db: Db, id: string): Promise<InvitationRow | undefined> {
  const [row] = await selectInvitations(db).where(eq(invitations.id, id));
  return row;
}

/** Invitations the user received or sent, newest first. */
export async function invitationRowsOf(db: Db, userId: string): Promise<InvitationRow[]> {
  return selectInvitations(db)
    .where(or(eq(invitations.recipientId, userId), eq(invitations.senderId, userId)))
    .orderBy(desc(invitations.createdAt));
}

export async function markInboxRead(db: Db, userId: string, now: Date): Promise<void> {
  await db.update(invitations).set({ readAt: now }).where(and(eq(invitations.recipientId, userId), isNull(invitations.readAt)));
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(invitations).where(and(eq(invitations.recipientId, userId), isNull(invitations.readAt)));
  return row?.n ?? 0;
}

/** Records the recipient's answer to a pending invitation; false when it was not theirs or not pending. */
export async function answerPending(db: Db, userId: string, id: string, answer: { accept: true; contact: string } | { accept: false }, now: Date): Promise<boolean> {
  const [row] = await db
    .update(invitations)
    .set({
      status: answer.accept ? 'accepted' : 'declined',
      answeredAt: now,
      readAt: sql`coalesce(${invitations.readAt}, ${now.toISOString()}::timestamptz)`,
      ...(answer.accept ? { recipientContact: answer.contact } : {}),
    })
    .where(and(eq(invitations.id, id), eq(invitations.recipientId, userId), eq(invitations.status, 'pending')))
    .returning({ id: invitations.id });
  return row !== undefined;
}

/** Blocks a sender and declines their open invitations to the blocker, in one transaction. */
export async function insertBlock(db: Db, blockerId: string, blockedId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(blocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing();
    await tx
      .update(invitations)
      .set({ status: 'declined', answeredAt: now })
      .where(and(eq(invitations.recipientId, blockerId), eq(invitations.senderId, blockedId), eq(invitations.status, 'pending')));
  });
}
