import type { z } from 'zod';
import { ServiceError } from './client';
import { ResearcherProfile, SearchResponse, WorksPage } from './profile';
import { ApiError } from './resolve';

export interface FetchOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** `GET /v1/researchers/:id`: the full profile. */
export function getProfile(serviceUrl: string, id: string, options: FetchOptions = {}): Promise<ResearcherProfile> {
  return getJson(new URL(`/v1/researchers/${encodeURIComponent(id)}`, serviceUrl), ResearcherProfile, options);
}

/** `GET /v1/researchers/:id/works?page=&perPage=`: one page of works, newest first. */
export function getWorks(
  serviceUrl: string,
  id: string,
  page: number,
  perPage: number,
  options: FetchOptions = {},
): Promise<WorksPage> {
  const url = new URL(`/v1/researchers/${encodeURIComponent(id)}/works`, serviceUrl);
  url.searchParams.set('page', String(page));
  url.searchParams.set('perPage', String(perPage));
  return getJson(url, WorksPage, options);
}

/** `GET /v1/search?q=`: candidates for a name, an ORCID iD or an OpenAlex id/URL. */
export function searchResearchers(serviceUrl: string, query: string, options: FetchOptions = {}): Promise<SearchResponse> {
  const url = new URL('/v1/search', serviceUrl);
  url.searchParams.set('q', query);
  return getJson(url, SearchResponse, options);
}

/** An abort is the caller's own decision, not a service failure: it is rethrown as is. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function getJson<T extends z.ZodType>(url: URL, schema: T, options: FetchOptions): Promise<z.infer<T>> {
  const doFetch = options.fetch ?? fetch;
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(20_000)]) : AbortSignal.timeout(20_000);
  let res: Response;
  try {
    res = await doFetch(url, { signal });
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

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}
