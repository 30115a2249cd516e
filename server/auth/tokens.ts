import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url (43 characters): a session token or a browser binding. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a secret: its SHA-256, hex. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
