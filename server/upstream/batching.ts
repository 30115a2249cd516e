import { UpstreamError } from './errors';
/** Any failure of an upstream step as an `UpstreamError`, so it reads as a reason (a thrown non-upstream error reads as unreachable). */

export function asUpstreamError(service: string, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  return new UpstreamError(service, 'unreachable', `${service} call failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Items in batches of at most `size` (upstream batch limits). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
