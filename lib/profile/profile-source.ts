import type { ResearcherProfile, WorksPage } from '../api/profile';
import { ServiceError, isAbort } from '../api/client';
import { getProfile, getWorks, searchResearchers } from '../api/profile-client';
import type { SearchResponse } from '../api/profile';

export const WORKS_PER_PAGE = 20;

/** What the popup and the profile page ask the service; tests pass fakes. */
export interface ProfileSource {
  profile(id: string, signal: AbortSignal): Promise<ResearcherProfile>;
  works(id: string, page: number, signal: AbortSignal): Promise<WorksPage>;
  search(query: string, signal: AbortSignal): Promise<SearchResponse>;
}

/** Extension pages call the service directly (it allows extension origins); the content script never does. */
export function serviceProfileSource(serviceUrl: () => Promise<string>, doFetch?: typeof fetch): ProfileSource {
  const opts = (signal: AbortSignal) => (doFetch ? { signal, fetch: doFetch } : { signal });
  return {
    profile: async (id, signal) => getProfile(await serviceUrl(), id, opts(signal)),
    works: async (id, page, signal) => getWorks(await serviceUrl(), id, page, WORKS_PER_PAGE, opts(signal)),
    search: async (query, signal) => searchResearchers(await serviceUrl(), query, opts(signal)),
  };
}

/** A failure in the words the reader sees: unreachable, no such researcher, or the service's own message. */
export function failureMessage(error: unknown): string {
  if (error instanceof ServiceError) {
    if (error.status === null) return 'PeerLens service unreachable. Check that it is running, then try again.';
    if (error.status === 404) return 'No such researcher.';
    return error.message;
  }
  return 'Something went wrong.';
}

export { isAbort };
