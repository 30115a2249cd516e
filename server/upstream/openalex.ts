import pRetry from 'p-retry';
import type { z } from 'zod';
import { UpstreamError, parseRetryAfter } from './errors';
import { OpenAlexAuthor, OpenAlexWork, listOf } from './openalex-schemas';

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once instead. */
  maxRetryAfterMs: number;
}

export interface OpenAlexOptions {
  baseUrl: string;
  apiKey?: string | undefined;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  fetch?: typeof fetch;
}

/** Schedules an upstream call, e.g. through a request-scoped concurrency limit. */
export type Schedule = <T>(call: () => Promise<T>) => Promise<T>;
const immediately: Schedule = (call) => call();

export const AUTHOR_BATCH_SIZE = 100;
const MAX_PER_PAGE = 200;
const SERVICE = 'OpenAlex';
const DEFAULT_RETRY: RetryOptions = { retries: 2, minTimeoutMs: 300, maxTimeoutMs: 3_000, maxRetryAfterMs: 5_000 };

/** `id` → the record, or the error that kept us from learning it; ids OpenAlex does not know are absent. */
export type AuthorLookup = Map<string, OpenAlexAuthor | UpstreamError>;

export class OpenAlexClient {
  private readonly retry: RetryOptions;
  private readonly timeoutMs: number;
  private readonly doFetch: typeof fetch;

  constructor(private readonly options: OpenAlexOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.doFetch = options.fetch ?? fetch;
  }

  /** The work with this DOI, or null when OpenAlex has none. */
  async getWorkByDoi(doi: string): Promise<OpenAlexWork | null> {
    return this.get(`/works/doi:${encodeURIComponent(doi)}`, {}, OpenAlexWork);
  }

  async getWork(id: string): Promise<OpenAlexWork | null> {
    return this.get(`/works/${encodeURIComponent(id)}`, {}, OpenAlexWork);
  }

  /** The first work with a location at this landing page (how OpenAlex files many arXiv preprints). */
  async findWorkByLandingPage(url: string): Promise<OpenAlexWork | null> {
    const list = await this.get('/works', { filter: `locations.landing_page_url:${url}`, 'per-page': '1' }, listOf(OpenAlexWork));
    return list?.results[0] ?? null;
  }

  /**
   * Works whose title contains these words (`title.search`), in that year when given: the candidates of
   * the title path. Commas separate OpenAlex filters, so they leave the words.
   */
  async searchWorksByTitle(title: string, year?: number, perPage = 10): Promise<OpenAlexWork[]> {
    const words = title.replace(/[,|:]+/g, ' ').replace(/\s+/g, ' ').trim();
    const filter = [`title.search:${words}`, ...(year !== undefined ? [`publication_year:${year - 1}-${year + 1}`] : [])].join(',');
    const list = await this.get('/works', { filter, 'per-page': String(perPage) }, listOf(OpenAlexWork));
    return list?.results ?? [];
  }

  /** The author record; when OpenAlex merged the id (301, or a record under another id) the record it now names. */
  async getAuthor(id: string): Promise<OpenAlexAuthor | null> {
    return this.get(`/authors/${encodeURIComponent(id)}`, {}, OpenAlexAuthor);
  }

  /** The author's newest works (at most 200, OpenAlex's page limit), newest first. */
  async getWorksOfAuthor(id: string, limit = MAX_PER_PAGE): Promise<OpenAlexWork[]> {
    const perPage = String(Math.min(MAX_PER_PAGE, Math.max(1, limit)));
    const list = await this.get('/works', { filter: `author.id:${id}`, sort: 'publication_date:desc', 'per-page': perPage }, listOf(OpenAlexWork));
    return list?.results ?? [];
  }

  /** OpenAlex's own name search over author records (display names and their alternatives). */
  async searchAuthors(query: string, perPage = 10): Promise<OpenAlexAuthor[]> {
    const list = await this.get('/authors', { search: query, 'per-page': String(perPage) }, listOf(OpenAlexAuthor));
    return list?.results ?? [];
  }

  /** Author records carrying this bare ORCID iD (usually one; a split record can give two). */
  async findAuthorsByOrcid(orcid: string): Promise<OpenAlexAuthor[]> {
    const list = await this.get('/authors', { filter: `orcid:${orcid}`, 'per-page': '10' }, listOf(OpenAlexAuthor));
    return list?.results ?? [];
  }

  /** Author records in batches of at most 100 ids a call; a failed batch marks only its own ids. */
  async getAuthors(ids: readonly string[], schedule: Schedule = immediately): Promise<AuthorLookup> {
    const unique = [...new Set(ids)];
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += AUTHOR_BATCH_SIZE) batches.push(unique.slice(i, i + AUTHOR_BATCH_SIZE));
    const found: AuthorLookup = new Map();
    await Promise.all(
      batches.map(async (batch) => {
        try {
          const list = await schedule(() =>
            this.get('/authors', { filter: `id:${batch.join('|')}`, 'per-page': String(AUTHOR_BATCH_SIZE) }, listOf(OpenAlexAuthor)),
          );
          for (const author of list?.results ?? []) found.set(shortId(author.id), author);
        } catch (error) {
          const failure = toUpstreamError(error);
          for (const id of batch) found.set(id, failure);
        }
      }),
    );
    return found;
  }

  /** GET with timeout, retries and zod parsing; 404 → null (OpenAlex answers 404 with an HTML body). */
  private async get<S extends z.ZodType>(path: string, query: Record<string, string>, schema: S): Promise<z.infer<S> | null> {
    const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    if (this.options.apiKey) url.searchParams.set('api_key', this.options.apiKey);

    const body = await pRetry(() => this.attempt(url), {
      retries: this.retry.retries,
      minTimeout: this.retry.minTimeoutMs,
      maxTimeout: this.retry.maxTimeoutMs,
      randomize: true,
      shouldRetry: ({ error }) =>
        error instanceof UpstreamError && error.retryable && (error.retryAfterMs ?? 0) <= this.retry.maxRetryAfterMs,
      onFailedAttempt: async ({ error, retriesLeft }) => {
        // p-retry's own backoff follows; honour a short Retry-After on top of it.
        const wait = error instanceof UpstreamError ? error.retryAfterMs : null;
        if (retriesLeft > 0 && wait !== null && wait <= this.retry.maxRetryAfterMs) await sleep(wait);
      },
    }).catch((error: unknown) => {
      throw toUpstreamError(error);
    });
    if (body === null) return null;
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new UpstreamError(SERVICE, 'malformed', `${SERVICE} sent a response PeerLens cannot read (${url.pathname}).`);
    return parsed.data;
  }

  private async attempt(url: URL): Promise<unknown> {
    let res: Response;
    try {
      res = await this.doFetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new UpstreamError(SERVICE, timedOut ? 'timeout' : 'unreachable', `${SERVICE} ${timedOut ? 'timed out' : 'could not be reached'}.`);
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      const kind = res.status === 429 ? 'rate-limited' : 'http';
      throw new UpstreamError(SERVICE, kind, `${SERVICE} answered ${res.status}.`, res.status, parseRetryAfter(res.headers.get('retry-after')));
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      throw new UpstreamError(SERVICE, 'timeout', `${SERVICE} stopped sending its answer.`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UpstreamError(SERVICE, 'malformed', `${SERVICE} sent a body that is not JSON.`);
    }
  }
}

export function toUpstreamError(error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  return new UpstreamError(SERVICE, 'unreachable', `${SERVICE} call failed: ${error instanceof Error ? error.message : String(error)}`);
}

function shortId(url: string): string {
  return url.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
