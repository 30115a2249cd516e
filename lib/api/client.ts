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

export async function postResolve(
  serviceUrl: string,
  body: ResolveRequest,
  options: { signal?: AbortSignal; fetch?: typeof fetch } = {},
): Promise<ResolveResponse> {
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(new URL('/v1/resolve', serviceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: options.signal ?? AbortSignal.timeout(30_000),
    });
  } catch {
    throw new ServiceError('The PeerLens service cannot be reached.', null, true);
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ApiError.safeParse(json);
    const message = err.success ? err.data.error : `The PeerLens service answered ${res.status}.`;
    throw new ServiceError(message, res.status, res.status === 429 || res.status >= 500);
  }
  const parsed = ResolveResponse.safeParse(json);
  if (!parsed.success) throw new ServiceError('The PeerLens service sent an answer PeerLens cannot read.', res.status, false);
  return parsed.data;
}
