import { randomUUID } from 'node:crypto';
import { CONNECT_REASONS, LIMITS_ACTIONS, type Invitation, type InvitationRequest } from '../../lib/api/actions';
import type { SessionUser } from '../../lib/api/auth';
import { toOrcid } from '../../lib/api/ids';
import type { Db } from '../db/client';
import { claimOf } from '../db/claims-store';
import {
  answerPending,
  countSentSince,
  hasOpenInvitation,
  insertBlock,
  insertInvitation,
  invitationRowById,
  invitationRowsOf,
  isBlocked,
  lockSender,
  markInboxRead,
  type InvitationRow,
} from '../db/invitations-store';
import { userExists } from '../db/users-store';
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
    const mine = await claimOf(db, viewer.id, record.id);
    return toOrcid(record.orcid) === viewer.orcid || mine ? CONNECT_REASONS.claimFirst : CONNECT_REASONS.notClaimed;
  }
  if (owner.userId === viewer.id) return CONNECT_REASONS.ownRecord;
  if (!owner.openToCollaborate) return CONNECT_REASONS.notOpen;
  return (await isBlocked(db, owner.userId, viewer.id)) ? CONNECT_REASONS.blocked : null;
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
      await lockSender(tx, sender.id);
      if (await hasOpenInvitation(tx, sender.id, recipientId)) return { kind: 'limited' as const, reason: 'You already have an open invitation to this researcher; wait for their answer.' };
      if ((await countSentSince(tx, sender.id, new Date(now.getTime() - DAY_MS))) >= LIMITS_ACTIONS.invitationsPerDay) {
        return { kind: 'limited' as const, reason: `You can send at most ${LIMITS_ACTIONS.invitationsPerDay} invitations a day; try again tomorrow.` };
      }
      const id = randomUUID();
      await insertInvitation(tx, {
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
  const row = await invitationRowById(db, id);
  return row ? toInvitation(row) : null;
}

/** Inbox and sent box; the inbox is marked read after it is listed (the answer still shows what was unread). */
export async function invitationsOf(db: Db, userId: string, now: Date): Promise<{ received: Invitation[]; sent: Invitation[]; unread: number }> {
  const rows = await invitationRowsOf(db, userId);
  const received = rows.filter((r) => r.inv.recipientId === userId).map(toInvitation);
  const sent = rows.filter((r) => r.inv.senderId === userId).map(toInvitation);
  const unread = received.filter((i) => !i.read).length;
  if (unread > 0) await markInboxRead(db, userId, now);
  return { received, sent, unread };
}

export type AnswerOutcome = { kind: 'ok'; invitation: Invitation } | { kind: 'not-found' } | { kind: 'answered' };

/** Accept (sharing a contact back) or decline; only the recipient, only once. */
export async function answerInvitation(db: Db, userId: string, id: string, answer: { accept: true; contact: string } | { accept: false }, now: Date): Promise<AnswerOutcome> {
  const answered = await answerPending(db, userId, id, answer, now);
  if (answered) return { kind: 'ok', invitation: (await invitationById(db, id))! };
  const existing = await invitationById(db, id);
  return existing && existing.to.userId === userId ? { kind: 'answered' } : { kind: 'not-found' };
}

/** Blocks a sender: their open invitations to the blocker are declined and no new ones get through. */
export async function blockUser(db: Db, blockerId: string, blockedId: string, now: Date): Promise<boolean> {
  if (!(await userExists(db, blockedId))) return false;
  await insertBlock(db, blockerId, blockedId, now);
  return true;
}
