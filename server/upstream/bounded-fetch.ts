import type { z } from 'zod';
import { UpstreamError, parseRetryAfter } from './errors';

/** Bounds of one upstream answer: the whole call (headers and body) within `timeoutMs`, the body within `maxBytes`. */
export interface BodyLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: BodyLimits = { timeoutMs: 10_000, maxBytes: 8 * 1024 * 1024 };

export interface BoundedRequest<S extends z.ZodType> {
  /** Named in errors and reasons ("OpenAlex", "ORCID", "Semantic Scholar", "Crossref"). */
  service: string;
  url: string | URL;
  init?: RequestInit;
  schema: S;
  limits?: Partial<BodyLimits>;
  fetch?: typeof fetch;
}

/**
 * One upstream call, bounded: a timeout over headers and body, the body streamed and abandoned past `maxBytes`,
 * JSON and the schema checked; 404 → null. Every failure is an `UpstreamError` saying truly what happened
 * (oversize and malformed bodies are not retryable; see errors.ts). Retries, limits and the circuit are the
 * gate's (upstream-gate.ts).
 */
export async function fetchJsonBounded<S extends z.ZodType>(request: BoundedRequest<S>): Promise<z.infer<S> | null> {
  const { service } = request;
  const limits = { ...DEFAULT_LIMITS, ...request.limits };
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = request.init?.signal ? AbortSignal.any([request.init.signal, timeout]) : timeout;
  const doFetch = request.fetch ?? fetch;
  const failed = (error: unknown, stage: string): UpstreamError =>
    timeout.aborted || (error instanceof Error && error.name === 'TimeoutError')
      ? new UpstreamError(service, 'timeout', `${service} did not ${stage} within ${limits.timeoutMs} ms.`)
      : new UpstreamError(service, 'unreachable', `${service} could not be reached (${error instanceof Error ? error.message : String(error)}).`);

  let res: Response;
  try {
    res = await doFetch(request.url, { ...request.init, headers: { accept: 'application/json', ...request.init?.headers }, signal });
  } catch (error) {
    throw failed(error, 'answer');
  }
  if (res.status === 404) {
    await res.body?.cancel().catch(() => {});
    return null;
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    const kind = res.status === 429 ? 'rate-limited' : 'http';
    throw new UpstreamError(service, kind, `${service} answered ${res.status}.`, res.status, parseRetryAfter(res.headers.get('retry-after')));
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw oversize(service, limits.maxBytes);
  }

  const text = await readCapped(res, limits.maxBytes, service).catch((error: unknown) => {
    throw error instanceof UpstreamError ? error : failed(error, 'send its whole answer');
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UpstreamError(service, 'malformed', `${service} sent a body that is not JSON.`);
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) throw new UpstreamError(service, 'malformed', `${service} sent a response PeerLens cannot read (${new URL(request.url).pathname}).`);
  return parsed.data;
}

/** The body as text, read chunk by chunk and cancelled as soon as it passes the cap (never buffered whole first). */
async function readCapped(res: Response, maxBytes: number, service: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw oversize(service, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function oversize(service: string, maxBytes: number): UpstreamError {
  return new UpstreamError(service, 'oversize', `${service} sent an answer larger than ${Math.round(maxBytes / 1024)} KB; PeerLens stopped reading it.`);
}
