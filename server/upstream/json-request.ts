import pRetry from 'p-retry';
import type { z } from 'zod';
import { UpstreamError, parseRetryAfter } from './errors';
import type { RetryOptions } from './openalex';

/** The one function through which a client reaches its upstream (swappable for a shared, bounded fetch). */
export type SendRequest = (url: URL, init: RequestInit) => Promise<Response>;

export const DEFAULT_RETRY: RetryOptions = { retries: 2, minTimeoutMs: 300, maxTimeoutMs: 3_000, maxRetryAfterMs: 5_000 };

/**
 * One JSON request with retries (p-retry, only for retryable failures, a short Retry-After honoured) and zod
 * parsing, the way the OpenAlex client does it: 404 → null, anything else that is not a readable answer of the
 * expected shape → `UpstreamError`.
 */
export async function requestJson<S extends z.ZodType>(
  service: string,
  send: SendRequest,
  url: URL,
  init: RequestInit,
  schema: S,
  retry: RetryOptions,
): Promise<z.infer<S> | null> {
  const body = await pRetry(() => attempt(service, send, url, init), {
    retries: retry.retries,
    minTimeout: retry.minTimeoutMs,
    maxTimeout: retry.maxTimeoutMs,
    randomize: true,
    shouldRetry: ({ error }) => error instanceof UpstreamError && error.retryable && (error.retryAfterMs ?? 0) <= retry.maxRetryAfterMs,
    onFailedAttempt: async ({ error, retriesLeft }) => {
      const wait = error instanceof UpstreamError ? error.retryAfterMs : null;
      if (retriesLeft > 0 && wait !== null && wait <= retry.maxRetryAfterMs) await new Promise((r) => setTimeout(r, wait));
    },
  }).catch((error: unknown) => {
    throw asUpstreamError(service, error);
  });
  if (body === null) return null;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new UpstreamError(service, 'malformed', `${service} sent a response PeerLens cannot read (${url.pathname}).`);
  return parsed.data;
}

async function attempt(service: string, send: SendRequest, url: URL, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await send(url, init);
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new UpstreamError(service, timedOut ? 'timeout' : 'unreachable', `${service} ${timedOut ? 'timed out' : 'could not be reached'}.`);
  }
  if (res.status === 404) {
    await res.body?.cancel();
    return null;
  }
  if (!res.ok) {
    await res.body?.cancel();
    const kind = res.status === 429 ? 'rate-limited' : 'http';
    throw new UpstreamError(service, kind, `${service} answered ${res.status}.`, res.status, parseRetryAfter(res.headers.get('retry-after')));
  }
  let text: string;
  try {
    text = await res.text();
  } catch {
    throw new UpstreamError(service, 'timeout', `${service} stopped sending its answer.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UpstreamError(service, 'malformed', `${service} sent a body that is not JSON.`);
  }
}

export function asUpstreamError(service: string, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  return new UpstreamError(service, 'unreachable', `${service} call failed: ${error instanceof Error ? error.message : String(error)}`);
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
