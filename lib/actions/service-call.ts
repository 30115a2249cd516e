import type { z } from 'zod';
import { ServiceError, requestJson } from '../api/client';
import { EXPIRED_MESSAGE, type SessionStore } from '../auth/session';

/** A refused or failed action, with the service's own words (403 and 429 reasons are shown verbatim). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

export const SIGN_IN_NEEDED = 'Sign in with ORCID first.';

export interface ServiceCallDeps {
  serviceUrl: () => Promise<string>;
  session: SessionStore;
  fetch?: typeof fetch;
}

/**
 * One request to the service, with `authorization: Bearer` when `auth` asks for it. A 401 means the token
 * is gone on the service's side (expired, revoked): the extension forgets it too, so every view turns to
 * its signed-out face with "Sign in again".
 */
export async function callService<T extends z.ZodType>(
  deps: ServiceCallDeps,
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  schema: T,
  options: { auth: 'required' | 'optional' | 'none'; body?: unknown } = { auth: 'required' },
): Promise<z.infer<T>> {
  const headers: Record<string, string> = {};
  if (options.auth !== 'none') {
    const session = await deps.session.read();
    if (session) headers.authorization = `Bearer ${session.token}`;
    else if (options.auth === 'required') throw new ActionError(SIGN_IN_NEEDED, 401);
  }
  try {
    return await requestJson(new URL(path, await deps.serviceUrl()), schema, {
      method,
      headers,
      body: options.body,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    if (error.status === 401 && headers.authorization) {
      await deps.session.forget(EXPIRED_MESSAGE);
      throw new ActionError(EXPIRED_MESSAGE, 401);
    }
    throw new ActionError(error.message, error.status);
  }
}
