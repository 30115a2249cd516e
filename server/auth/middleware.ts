import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Db } from '../db/client';
import { apiError } from '../http-errors';
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

/**
 * The client's address, hashed (limits and reports never keep it in clear). `app.request()` in tests has no
 * socket, so every such request shares one key.
 */
export function clientKey(c: Context): string {
  let address = 'unknown';
  try {
    address = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (in-process requests).
  }
  return sha256(`peerlens-client:${address}`).slice(0, 32);
}
