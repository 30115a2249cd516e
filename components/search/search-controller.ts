import { ServiceError } from '../../lib/api/client';
import type { SearchCandidate, SearchResponse } from '../../lib/api/profile';
import { isAbort } from '../../lib/api/client';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'results'; query: string; candidates: SearchCandidate[] }
  | { status: 'empty'; query: string }
  | { status: 'unreachable'; query: string }
  /** The service refused the query (400: an ORCID iD whose checksum fails, say), with its reason. */
  | { status: 'invalid'; query: string; message: string }
  | { status: 'failed'; query: string; message: string };

export interface SearchControllerOptions {
  search: (query: string, signal: AbortSignal) => Promise<SearchResponse>;
  onState: (state: SearchState) => void;
  delayMs?: number;
  minLength?: number;
}

export interface SearchController {
  /** The box's text changed: search after a pause in typing; a newer query cancels the older request. */
  input(query: string): void;
  dispose(): void;
}

export const SEARCH_DELAY_MS = 250;

/** Suggestions as one types: debounced, and only the latest request may answer (older ones are aborted). */
export function createSearchController(options: SearchControllerOptions): SearchController {
  const delay = options.delayMs ?? SEARCH_DELAY_MS;
  const minLength = options.minLength ?? 2;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  function cancel(): void {
    clearTimeout(timer);
    inFlight?.abort();
    inFlight = undefined;
  }

  function run(query: string): void {
    const controller = new AbortController();
    inFlight = controller;
    options.onState({ status: 'loading', query });
    options.search(query, controller.signal).then(
      (response) => {
        if (controller.signal.aborted) return;
        inFlight = undefined;
        options.onState(
          response.candidates.length > 0 ? { status: 'results', query, candidates: response.candidates } : { status: 'empty', query },
        );
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        inFlight = undefined;
        options.onState(toFailure(query, error));
      },
    );
  }

  return {
    input(raw) {
      cancel();
      const query = raw.trim();
      if (query.length < minLength) {
        options.onState({ status: 'idle' });
        return;
      }
      timer = setTimeout(() => run(query), delay);
    },
    dispose: cancel,
  };
}

function toFailure(query: string, error: unknown): SearchState {
  if (error instanceof ServiceError) {
    if (error.status === null) return { status: 'unreachable', query };
    if (error.status === 400) return { status: 'invalid', query, message: error.message };
    return { status: 'failed', query, message: error.message };
  }
  return { status: 'failed', query, message: 'The search failed.' };
}
