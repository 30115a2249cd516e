import { SessionToken, type SessionUser } from '../../lib/api/auth';
import type { Db } from '../db/client';
import { insertSession, liveSession } from '../db/sessions-store';
import { randomToken, sha256 } from './tokens';

export const SESSION_DAYS = 30;

export interface AuthSession {
  user: SessionUser;
  tokenHash: string;
  expiresAt: Date;
}

/** A new session for the user; the token is returned once and only its hash is stored. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  await insertSession(db, { tokenHash: sha256(token), userId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

/** The session a bearer token names, or null when it is missing, malformed, unknown, expired or revoked. */
export async function findSession(db: Db, authorization: string | undefined, now: Date): Promise<AuthSession | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!token || !SessionToken.safeParse(token).success) return null;
  const tokenHash = sha256(token);
  const live = await liveSession(db, tokenHash, now);
  return live ? { ...live, tokenHash } : null;
}
