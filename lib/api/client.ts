import type { z } from 'zod';
import { ApiError, ResolveResponse, type ResolveRequest } from './resolve';

/** A failure talking to the service, with whether trying again later can help. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** The caller's own cancel: rethrown as an `AbortError`, never reported as a service failure. */
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * One JSON request to the service, its answer parsed with the wire contract's schema. Every failure is a
 * `ServiceError` in words a reader understands: unreachable, the service's own `{ error }` (400, 403,
 * 404, 429 …), or an answer that does not parse.
 */
export async function requestJson<T extends z.ZodType>(url: URL, schema: T, options: RequestOptions = {}): Promise<z.infer<T>> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers = { ...options.headers, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) };
  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(url, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal,
    });
  } catch {
    if (options.signal?.aborted) throw abortError();
    throw new ServiceError('The PeerLens service cannot be reached.', null, true);
  }
  const json: unknown = await res.json().catch(() => null);
  if (options.signal?.aborted) throw abortError();
  if (!res.ok) {
    const err = ApiError.safeParse(json);
    const message = err.success ? err.data.error : `The PeerLens service answered ${res.status}.`;
    throw new ServiceError(message, res.status, res.status === 429 || res.status >= 500);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ServiceError('The PeerLens service sent an answer PeerLens cannot read.', res.status, false);
  return parsed.data;
}

/** An abort is the caller's own decision, not a service failure. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** `POST /v1/resolve`: the authors of a page's papers. */
export function postResolve(
  serviceUrl: string,
  body: ResolveRequest,
  options: { signal?: AbortSignal; fetch?: typeof fetch } = {},
): Promise<ResolveResponse> {
  return requestJson(new URL('/v1/resolve', serviceUrl), ResolveResponse, { ...options, method: 'POST', body, timeoutMs: 30_000 });
}
