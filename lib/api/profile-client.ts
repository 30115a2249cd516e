import { requestJson } from './client';
import { ResearcherProfile, SearchResponse, WorksPage } from './profile';

export interface FetchOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** `GET /v1/researchers/:id`: the full profile. */
export function getProfile(serviceUrl: string, id: string, options: FetchOptions = {}): Promise<ResearcherProfile> {
  return requestJson(new URL(`/v1/researchers/${encodeURIComponent(id)}`, serviceUrl), ResearcherProfile, options);
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
  return requestJson(url, WorksPage, options);
}

/** `GET /v1/search?q=`: candidates for a name, an ORCID iD or an OpenAlex id/URL. */
export function searchResearchers(serviceUrl: string, query: string, options: FetchOptions = {}): Promise<SearchResponse> {
  const url = new URL('/v1/search', serviceUrl);
  url.searchParams.set('q', query);
  return requestJson(url, SearchResponse, options);
}
