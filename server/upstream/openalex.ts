import type { z } from 'zod';
import type { BodyLimits } from './bounded-fetch';
import { UpstreamError } from './errors';
import { OpenAlexAuthor, OpenAlexWork, listOf } from './openalex-schemas';
import { type RetryOptions, UpstreamGate } from './upstream-gate';

export type { RetryOptions } from './upstream-gate';

export interface OpenAlexOptions {
  baseUrl: string;
  apiKey?: string | undefined;
  timeoutMs?: number;
  /** Largest answer read; a list of 200 works with abstracts is a few MB. */
  maxBytes?: number;
  retry?: Partial<RetryOptions>;
  /** Calls to OpenAlex in flight at once for the whole service (every request shares them). */
  concurrency?: number;
  breakAfter?: number;
  halfOpenAfterMs?: number;
  fetch?: typeof fetch;
}

/** Schedules an upstream call, e.g. through a request-scoped concurrency limit. */
export type Schedule = <T>(call: () => Promise<T>) => Promise<T>;
const immediately: Schedule = (call) => call();

export const AUTHOR_BATCH_SIZE = 100;
const MAX_PER_PAGE = 200;
const SERVICE = 'OpenAlex';

/** `id` → the record, or the error that kept us from learning it; ids OpenAlex does not know are absent. */
export type AuthorLookup = Map<string, OpenAlexAuthor | UpstreamError>;

export class OpenAlexClient {
  /** Shared by every call of this client: coalescing, the service-wide limit, retries and the circuit. */
  readonly gate: UpstreamGate;
  private readonly limits: BodyLimits;

  constructor(private readonly options: OpenAlexOptions) {
    this.gate = new UpstreamGate({
      service: SERVICE,
      concurrency: options.concurrency ?? 8,
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.breakAfter ? { breakAfter: options.breakAfter } : {}),
      ...(options.halfOpenAfterMs ? { halfOpenAfterMs: options.halfOpenAfterMs } : {}),
    });
    this.limits = { timeoutMs: options.timeoutMs ?? 10_000, maxBytes: options.maxBytes ?? 32 * 1024 * 1024 };
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

  /** One page of the author's works, newest first, as the works list pages past what the profile loaded. */
  async getWorksOfAuthorPage(id: string, page: number, perPage: number): Promise<OpenAlexWork[]> {
    const query = { filter: `author.id:${id}`, sort: 'publication_date:desc', 'per-page': String(Math.min(MAX_PER_PAGE, Math.max(1, perPage))), page: String(Math.max(1, page)) };
    const list = await this.get('/works', query, listOf(OpenAlexWork));
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

  /** Author records for many ORCID iDs: `filter=orcid:A|B|…`, 100 a call (a split record can give two per iD). */
  async findAuthorsByOrcids(orcids: readonly string[], schedule: Schedule = immediately): Promise<OpenAlexAuthor[]> {
    return this.listInBatches('/authors', 'orcid', orcids, {}, OpenAlexAuthor, schedule);
  }

  /** Works for many DOIs: `filter=doi:a|b|…`, 100 a call. */
  async getWorksByDois(dois: readonly string[], schedule: Schedule = immediately): Promise<OpenAlexWork[]> {
    return this.listInBatches('/works', 'doi', dois, {}, OpenAlexWork, schedule);
  }

  /** Works filed under any of these landing pages (arXiv preprints OpenAlex has without the arXiv DOI). */
  async findWorksByLandingPages(urls: readonly string[], schedule: Schedule = immediately): Promise<OpenAlexWork[]> {
    return this.listInBatches('/works', 'locations.landing_page_url', urls, {}, OpenAlexWork, schedule);
  }

  /**
   * Author records for several names in one search (`(andrew white) OR (sam cox)`, OpenAlex's boolean search; initials
   * and punctuation left out so that "Andrew D. White" also finds "Andrew Dickson White"), up to 200 a call; the
   * caller sorts the results back to the names.
   */
  async searchAuthorsByNames(names: readonly string[], schedule: Schedule = immediately): Promise<OpenAlexAuthor[]> {
    const terms = (n: string) => {
      const words = n.normalize('NFKC').replace(/[^\p{L}\p{N}\s'-]+/gu, ' ').split(/\s+/).filter(Boolean);
      const long = words.filter((w) => w.length > 1);
      return (long.length > 0 ? long : words).join(' ');
    };
    const query = [...new Set(names.map(terms).filter(Boolean))].map((t) => `(${t})`).join(' OR ');
    const list = await schedule(() => this.get('/authors', { search: query, 'per-page': String(MAX_PER_PAGE) }, listOf(OpenAlexAuthor)));
    return list?.results ?? [];
  }

  /**
   * Works with an author from `left` AND an author from `right` (each at most 100 ids): the shared works that confirm
   * a namesake, for many pairs of names in one call. Newest 200, with only the fields the evidence needs.
   */
  async getWorksJoining(left: readonly string[], right: readonly string[], schedule: Schedule = immediately): Promise<OpenAlexWork[]> {
    if (left.length === 0 || right.length === 0) return [];
    const filter = `author.id:${left.join('|')},author.id:${right.join('|')}`;
    const query = { filter, select: 'id,doi,publication_year,authorships,primary_topic', sort: 'publication_date:desc', 'per-page': String(MAX_PER_PAGE) };
    const list = await schedule(() => this.get('/works', query, listOf(OpenAlexWork)));
    return list?.results ?? [];
  }

  private async listInBatches<S extends typeof OpenAlexAuthor | typeof OpenAlexWork>(
    path: string,
    field: string,
    values: readonly string[],
    extra: Record<string, string>,
    item: S,
    schedule: Schedule,
  ): Promise<Array<z.infer<S>>> {
    const unique = [...new Set(values)];
    const out: Array<z.infer<S>> = [];
    for (let i = 0; i < unique.length; i += AUTHOR_BATCH_SIZE) {
      const batch = unique.slice(i, i + AUTHOR_BATCH_SIZE);
      const list = await schedule(() => this.get(path, { filter: `${field}:${batch.join('|')}`, 'per-page': String(MAX_PER_PAGE), ...extra }, listOf(item)));
      out.push(...((list?.results ?? []) as Array<z.infer<S>>));
    }
    return out;
  }

  /** GET through the gate (bounded body, timeout, retries, limit, circuit); 404 → null (OpenAlex answers 404 with HTML). */
  private async get<S extends z.ZodType>(path: string, query: Record<string, string>, schema: S): Promise<z.infer<S> | null> {
    const url = new URL(this.options.baseUrl.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    if (this.options.apiKey) url.searchParams.set('api_key', this.options.apiKey);
    return this.gate.getJson({ service: SERVICE, url, schema, limits: this.limits, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
  }
}

export function toUpstreamError(error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  return new UpstreamError(SERVICE, 'unreachable', `${SERVICE} call failed: ${error instanceof Error ? error.message : String(error)}`);
}

function shortId(url: string): string {
  return url.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase();
}
