import type { z } from 'zod';
import { ApiError } from '../api/resolve';
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
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await (deps.fetch ?? fetch)(new URL(path, await deps.serviceUrl()), {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    throw new ActionError('The PeerLens service cannot be reached.', null);
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.status === 401 && headers.authorization) {
    await deps.session.forget(EXPIRED_MESSAGE);
    throw new ActionError(EXPIRED_MESSAGE, 401);
  }
  if (!res.ok) {
    const err = ApiError.safeParse(json);
    throw new ActionError(err.success ? err.data.error : `The PeerLens service answered ${res.status}.`, res.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ActionError('The PeerLens service sent an answer PeerLens cannot read.', res.status);
  return parsed.data;
}
