import { randomUUID } from 'node:crypto';
import { aliasedTable, and, count, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { CONNECT_REASONS, LIMITS_ACTIONS, type Invitation, type InvitationRequest } from '../../lib/api/actions';
import type { SessionUser } from '../../lib/api/auth';
import { toOrcid } from '../../lib/api/ids';
import type { Db } from '../db/client';
import { blocks, claims, invitations, users } from '../db/schema';
import { uniqueViolation } from '../db/errors';
import type { RecordStanding } from '../trust/standing';

const DAY_MS = 86400_000;

/** Why this viewer cannot invite the record's researcher, or null when they can (DESIGN "Connect"). */
export async function connectBlocker(
  db: Db,
  viewer: SessionUser,
  record: { id: string; orcid: string | null },
  standing: RecordStanding,
): Promise<string | null> {
  const owner = standing.owner;
  if (!owner) {
    // The person of the record (their iD on it, or their own claim waiting) is told to claim it, others why not.
    const [mine] = await db.select({ id: claims.id }).from(claims).where(and(eq(claims.userId, viewer.id), eq(claims.researcherId, record.id)));
    return toOrcid(record.orcid) === viewer.orcid || mine ? CONNECT_REASONS.claimFirst : CONNECT_REASONS.notClaimed;
  }
  if (owner.userId === viewer.id) return CONNECT_REASONS.ownRecord;
  if (!owner.openToCollaborate) return CONNECT_REASONS.notOpen;
  const [blocked] = await db
    .select({ at: blocks.createdAt })
    .from(blocks)
    .where(and(eq(blocks.blockerId, owner.userId), eq(blocks.blockedId, viewer.id)));
  return blocked ? CONNECT_REASONS.blocked : null;
}

export type SendOutcome = { kind: 'sent'; id: string } | { kind: 'limited'; reason: string };

/**
 * Sends an invitation within the sender's limits: at most 5 in 24 hours and one open invitation per
 * recipient. Counted from the invitations themselves under a per-sender advisory lock, so concurrent sends on
 * any replica cannot exceed them; the partial unique index backs up the second rule.
 */
export async function sendInvitation(
  db: Db,
  sender: SessionUser,
  recipientId: string,
  researcherId: string,
  req: InvitationRequest,
  now: Date,
): Promise<SendOutcome> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`invite:${sender.id}`}))`);
      const [open] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(eq(invitations.senderId, sender.id), eq(invitations.recipientId, recipientId), eq(invitations.status, 'pending')));
      if (open) return { kind: 'limited' as const, reason: 'You already have an open invitation to this researcher; wait for their answer.' };
      const [sent] = await tx
        .select({ n: count() })
        .from(invitations)
        .where(and(eq(invitations.senderId, sender.id), gt(invitations.createdAt, new Date(now.getTime() - DAY_MS))));
      if ((sent?.n ?? 0) >= LIMITS_ACTIONS.invitationsPerDay) {
        return { kind: 'limited' as const, reason: `You can send at most ${LIMITS_ACTIONS.invitationsPerDay} invitations a day; try again tomorrow.` };
      }
      const id = randomUUID();
      await tx.insert(invitations).values({
        id,
        senderId: sender.id,
        recipientId,
        researcherId,
        message: req.message,
        paper: req.paper,
        senderContact: req.contact,
        status: 'pending',
        createdAt: now,
      });
      return { kind: 'sent' as const, id };
    });
  } catch (error) {
    if (uniqueViolation(error) === 'invitations_one_open_idx') {
      return { kind: 'limited', reason: 'You already have an open invitation to this researcher; wait for their answer.' };
    }
    throw error;
  }
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

type InvitationRow = Awaited<ReturnType<ReturnType<typeof selectInvitations>['where']>>[number];

function toInvitation(r: InvitationRow): Invitation {
  const i = r.inv;
  return {
    id: i.id,
    researcherId: i.researcherId,
    status: i.status,
    message: i.message,
    paper: i.paper,
    from: r.from,
    to: r.to,
    createdAt: i.createdAt.toISOString(),
    answeredAt: i.answeredAt?.toISOString() ?? null,
    read: i.readAt !== null,
    // Each side chose what to share; neither sees the other's until the recipient accepts.
    contacts: i.status === 'accepted' && i.recipientContact ? { sender: i.senderContact, recipient: i.recipientContact } : null,
  };
}

export async function invitationById(db: Db, id: string): Promise<Invitation | null> {
  const [row] = await selectInvitations(db).where(eq(invitations.id, id));
  return row ? toInvitation(row) : null;
}

/** Inbox and sent box; the inbox is marked read after it is listed (the answer still shows what was unread). */
export async function invitationsOf(db: Db, userId: string, now: Date): Promise<{ received: Invitation[]; sent: Invitation[]; unread: number }> {
  const rows = await selectInvitations(db)
    .where(or(eq(invitations.recipientId, userId), eq(invitations.senderId, userId)))
    .orderBy(desc(invitations.createdAt));
  const received = rows.filter((r) => r.inv.recipientId === userId).map(toInvitation);
  const sent = rows.filter((r) => r.inv.senderId === userId).map(toInvitation);
  const unread = received.filter((i) => !i.read).length;
  if (unread > 0) await db.update(invitations).set({ readAt: now }).where(and(eq(invitations.recipientId, userId), isNull(invitations.readAt)));
  return { received, sent, unread };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(invitations).where(and(eq(invitations.recipientId, userId), isNull(invitations.readAt)));
  return row?.n ?? 0;
}

export type AnswerOutcome = { kind: 'ok'; invitation: Invitation } | { kind: 'not-found' } | { kind: 'answered' };

/** Accept (sharing a contact back) or decline; only the recipient, only once. */
export async function answerInvitation(db: Db, userId: string, id: string, answer: { accept: true; contact: string } | { accept: false }, now: Date): Promise<AnswerOutcome> {
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
  if (row) return { kind: 'ok', invitation: (await invitationById(db, id))! };
  const existing = await invitationById(db, id);
  return existing && existing.to.userId === userId ? { kind: 'answered' } : { kind: 'not-found' };
}

/** Blocks a sender: their open invitations to the blocker are declined and no new ones get through. */
export async function blockUser(db: Db, blockerId: string, blockedId: string, now: Date): Promise<boolean> {
  const [target] = await db.select({ id: users.id }).from(users).where(eq(users.id, blockedId));
  if (!target) return false;
  await db.transaction(async (tx) => {
    await tx.insert(blocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing();
    await tx
      .update(invitations)
      .set({ status: 'declined', answeredAt: now })
      .where(and(eq(invitations.recipientId, blockerId), eq(invitations.senderId, blockedId), eq(invitations.status, 'pending')));
  });
  return true;
}
