import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/client';
import { apiError } from '../http-errors';
import { clientAddress, type TrustProxy } from './client-address';
import { findSession, type AuthSession } from './sessions';
import { sha256 } from './tokens';

export type SessionEnv = { Variables: { session: AuthSession } };
export type MaybeSessionEnv = { Variables: { session: AuthSession | null } };

/** 401 unless the request carries a valid session token (missing, malformed, unknown, expired and revoked alike). */
export function requireSession(deps: { db: Db; now: () => Date }): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const session = await findSession(deps.db, c.req.header('authorization'), deps.now());
    if (!session) {
      c.header('www-authenticate', 'Bearer realm="peerlens"');
      return apiError(c, 401, 'Sign in with ORCID first: this needs a valid session.');
    }
    c.set('session', session);
    await next();
  };
}

/** The session when there is a valid one; an invalid token is treated as none (public endpoints). */
export function optionalSession(deps: { db: Db; now: () => Date }): MiddlewareHandler<MaybeSessionEnv> {
  return async (c, next) => {
    c.set('session', await findSession(deps.db, c.req.header('authorization'), deps.now()));
    await next();
  };
}

/** The client's address (see client-address.ts), hashed: limits and reports never keep it in clear. */
export function clientKey(c: Context, trust: TrustProxy | null | undefined): string {
  return sha256(`peerlens-client:${clientAddress(c, trust)}`).slice(0, 32);
}
