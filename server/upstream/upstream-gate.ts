import { BrokenCircuitError, ConsecutiveBreaker, IsolatedCircuitError, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import pLimit, { type LimitFunction } from 'p-limit';
import pRetry from 'p-retry';
import type { z } from 'zod';
import { type BoundedRequest, fetchJsonBounded } from './bounded-fetch';
import { UpstreamError } from './errors';

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once instead. */
  maxRetryAfterMs: number;
}

export interface GateOptions {
  service: string;
  /** Calls to this upstream in flight at once, for the whole service process. */
  concurrency?: number;
  retry?: Partial<RetryOptions>;
  /** The circuit opens after this many failed attempts in a row (timeouts, 5xx, 429, unreachable)... */
  breakAfter?: number;
  /** ...and lets one trial call through after this long. */
  halfOpenAfterMs?: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, minTimeoutMs: 300, maxTimeoutMs: 3_000, maxRetryAfterMs: 5_000 };

/**
 * Every call to one upstream passes here: identical GETs in flight are shared (coalesced) across requests; each
 * attempt waits for one of `concurrency` slots (p-limit), goes through a circuit breaker (cockatiel) and is
 * retried only when retryable (p-retry, honouring a short Retry-After). New upstream clients (Semantic Scholar,
 * Crossref) make one gate and call `getJson` with their URL, schema and limits.
 */
export class UpstreamGate {
  readonly service: string;
  private readonly limit: LimitFunction;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retry: RetryOptions;
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(options: GateOptions) {
    this.service = options.service;
    this.limit = pLimit(options.concurrency ?? 8);
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.breaker = circuitBreaker(
      handleWhen((error) => error instanceof UpstreamError && error.retryable),
      { halfOpenAfter: options.halfOpenAfterMs ?? 15_000, breaker: new ConsecutiveBreaker(options.breakAfter ?? 5) },
    );
  }

  /** Calls waiting for a slot or running now (for tests and diagnostics). */
  get pending(): number {
    return this.limit.activeCount + this.limit.pendingCount;
  }

  /** The parsed answer, null for 404, or an `UpstreamError`. `key` overrides the coalescing key (default: GET URL). */
  getJson<S extends z.ZodType>(request: BoundedRequest<S> & { key?: string }): Promise<z.infer<S> | null> {
    const method = request.init?.method ?? 'GET';
    const key = request.key ?? (method === 'GET' ? String(request.url) : null);
    if (key === null) return this.call(request);
    const shared = this.inFlight.get(key) as Promise<z.infer<S> | null> | undefined;
    if (shared) return shared;
    const call = this.call(request).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }

  private async call<S extends z.ZodType>(request: BoundedRequest<S>): Promise<z.infer<S> | null> {
    const attempt = () =>
      this.breaker.execute(() => this.limit(() => fetchJsonBounded({ ...request, service: this.service }))).catch((error: unknown) => {
        if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
          throw new UpstreamError(this.service, 'circuit-open', `${this.service} kept failing; PeerLens stopped asking it for a moment.`);
        }
        throw error;
      });
    return pRetry(attempt, {
      retries: this.retry.retries,
      minTimeout: this.retry.minTimeoutMs,
      maxTimeout: this.retry.maxTimeoutMs,
      randomize: true,
      shouldRetry: ({ error }) => error instanceof UpstreamError && error.retryable && (error.retryAfterMs ?? 0) <= this.retry.maxRetryAfterMs,
      onFailedAttempt: async ({ error, retriesLeft }) => {
        // p-retry's own backoff follows; honour a short Retry-After on top of it.
        const wait = error instanceof UpstreamError ? error.retryAfterMs : null;
        if (retriesLeft > 0 && wait !== null && wait <= this.retry.maxRetryAfterMs) await sleep(wait);
      },
    }).catch((error: unknown) => {
      throw error instanceof UpstreamError ? error : new UpstreamError(this.service, 'unreachable', `${this.service} call failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A second source asked beside OpenAlex (Semantic Scholar, Crossref): its base URL and bounds. */
export interface SecondSourceOptions {
  baseUrl: string;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Failed calls in a row before the circuit opens (tests that fail calls on purpose raise it). */
  breakAfter?: number;
  fetch?: typeof fetch;
}

/**
 * One client's way to a second source: its own gate, and shorter bounds than OpenAlex's, since a slow second
 * source should not hold a whole resolve up.
 */
export class SecondSource {
  private readonly gate: UpstreamGate;

  constructor(
    private readonly service: string,
    private readonly options: SecondSourceOptions,
  ) {
    this.gate = new UpstreamGate({
      service,
      concurrency: 4,
      retry: { retries: 1, ...options.retry },
      ...(options.breakAfter ? { breakAfter: options.breakAfter } : {}),
    });
  }

  url(path: string): URL {
    return new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
  }

  getJson<S extends z.ZodType>(request: { url: URL; init?: RequestInit; schema: S; key?: string }): Promise<z.infer<S> | null> {
    return this.gate.getJson({
      ...request,
      service: this.service,
      limits: { timeoutMs: this.options.timeoutMs ?? 5_000, maxBytes: 16 * 1024 * 1024 },
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }
}
