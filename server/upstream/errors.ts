/**
 * Why an upstream call failed, in terms the resolver can turn into a reader-facing reason. `oversize` is a body
 * past the cap; `circuit-open` means PeerLens stopped asking for a while after repeated failures.
 */
export type UpstreamFailure = 'unreachable' | 'timeout' | 'http' | 'rate-limited' | 'malformed' | 'oversize' | 'circuit-open';

export class UpstreamError extends Error {
  constructor(
    readonly service: string,
    readonly kind: UpstreamFailure,
    message: string,
    readonly status: number | null = null,
    /** Milliseconds the upstream asked us to wait (Retry-After), when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }

  /** Oversize and malformed bodies would come back the same; an open circuit is PeerLens's own refusal. */
  get retryable(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || this.kind === 'rate-limited' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
