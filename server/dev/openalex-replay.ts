import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bareDoi, type JsonRecord, loadOpenAlexIndex, type OpenAlexIndex } from './openalex-index';
import { deriveIndex, type WorldOptions } from './openalex-world';

/**
 * A local HTTP server that answers like OpenAlex from the recorded responses in the shared fixtures, so the
 * service can run offline (tests, e2e, `npm run dev`). It serves `/works/{W…}`, `/works/doi:{doi}`,
 * `/works/https://doi.org/{doi}`, `/works?filter=doi:…|…`, `/works?filter=locations.landing_page_url:…`,
 * `/authors/{A…}`, `/authors?filter=id:A…|A…`, `/authors?filter=orcid:…`, `/authors?search=…` and
 * `/works?filter=author.id:A…` (with `sort=publication_date:desc`), with OpenAlex's HTML 404 for anything it
 * does not know and its 400 for a filter of more than 100 values. Also `/works?filter=author.id:A|B,author.id:C|D` (works
 * with an author of each clause) and boolean author searches `(andrew white) OR (sam cox)`. Searches and author work lists answer with
 * the recorded response when there is one; otherwise from the replay's own index over the real recorded
 * records (see openalex-index.ts), which is partial but never invented. `fault` simulates an unhealthy
 * upstream; `merges` (test-only) answers `/authors/{old}` with a 301 to a real record, as OpenAlex does for a
 * merged author.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  url: string;
}

export type ReplayFault =
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** 200 with a body that is not what OpenAlex sends (defaults to non-JSON text). */
  | { kind: 'garbage'; body?: string }
  /** Answer normally after a delay. */
  | { kind: 'delay'; ms: number }
  /** Never answer (until the server closes). */
  | { kind: 'hang' }
  /** 200 with a JSON-looking body that never ends (a runaway answer), until the client hangs up. */
  | { kind: 'flood' };

export type FaultRule = (request: RecordedRequest, attempt: number) => ReplayFault | null;

export interface OpenAlexReplay {
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Most requests open at once since the last `resetLoad()`, and bytes sent by floods. */
  load: { open: number; maxOpen: number; floodBytes: number };
  resetLoad(): void;
  /** Sets (or clears, with null) the rule that decides which requests fail and how. */
  setFault(rule: FaultRule | null): void;
  /** Test-only merges: `/authors/{old}` → 301 to `/authors/{new}` (new must be a recorded author). */
  setMerges(merges: Record<string, string>): void;
  /** Test-only world: withheld works, synthesised author records, namesakes (see server/dev/openalex-world.ts); null resets. */
  setWorld(world: WorldOptions | null): void;
  close(): Promise<void>;
}

export async function startOpenAlexReplay(
  options: { port?: number; fault?: FaultRule; merges?: Record<string, string>; world?: WorldOptions } = {},
): Promise<OpenAlexReplay> {
  const base = loadOpenAlexIndex();
  let index = options.world ? deriveIndex(base, options.world) : base;
  const requests: RecordedRequest[] = [];
  let fault: FaultRule | null = options.fault ?? null;
  let merges = new Map(Object.entries(options.merges ?? {}));
  const attempts = new Map<string, number>();
  const load = { open: 0, maxOpen: 0, floodBytes: 0 };

  const server = createServer((req, res) => {
    load.open++;
    load.maxOpen = Math.max(load.maxOpen, load.open);
    res.once('close', () => load.open--);
    const url = new URL(req.url ?? '/', 'http://replay.local');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: safeDecode(url.pathname),
      query: Object.fromEntries(url.searchParams),
      url: req.url ?? '/',
    };
    requests.push(recorded);
    const attempt = (attempts.get(recorded.url) ?? 0) + 1;
    attempts.set(recorded.url, attempt);
    const f = fault?.(recorded, attempt) ?? null;
    if (f?.kind === 'hang') return;
    if (f?.kind === 'flood') return flood(res, load);
    const answer = () => {
      if (f?.kind === 'status') return send(res, f.status, f.body ?? JSON.stringify({ error: `simulated ${f.status}` }), f.headers);
      if (f?.kind === 'garbage') return send(res, 200, f.body ?? '<html>Gateway says hello</html>');
      route(index, recorded, res, merges);
    };
    if (f?.kind === 'delay') setTimeout(answer, f.ms);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    load,
    resetLoad: () => {
      load.maxOpen = load.open;
      load.floodBytes = 0;
    },
    setFault: (rule) => {
      fault = rule;
      attempts.clear();
    },
    setMerges: (m) => {
      merges = new Map(Object.entries(m));
    },
    setWorld: (world) => {
      index = world ? deriveIndex(base, world) : base;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Writes 64 KB chunks as fast as the client reads them, for as long as it reads (at most 1 GB). */
function flood(res: ServerResponse, load: { floodBytes: number }): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, ' ');
  res.write('{"results": [');
  const pump = () => {
    while (!res.destroyed && load.floodBytes < 1024 ** 3) {
      load.floodBytes += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

function route(index: OpenAlexIndex, req: RecordedRequest, res: ServerResponse, merges: Map<string, string>): void {
  const notFound = () => send(res, 404, index.notFoundHtml, { 'content-type': 'text/html; charset=utf-8' });
  const path = req.path.replace(/\/+$/, '');
  const perPage = clampPerPage(req.query['per-page']);
  // OpenAlex's basic paging (`page`, from 1), as the works list uses it past the works a profile loaded.
  const page = Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1);

  const single = path.match(/^\/(works|authors)\/(.+)$/);
  if (single) {
    const [, kind, key] = single as unknown as [string, 'works' | 'authors', string];
    let found: JsonRecord | undefined;
    const mergedInto = kind === 'authors' ? merges.get(key.toUpperCase()) : undefined;
    if (mergedInto) {
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      return send(res, 301, '', { location: `/authors/${mergedInto}${query}` });
    }
    if (kind === 'authors') found = index.authors.get(key.toUpperCase());
    else if (/^W\d+$/i.test(key)) found = index.works.get(key.toUpperCase());
    else if (/^doi:|^https?:\/\/(dx\.)?doi\.org\//i.test(key)) {
      const doi = bareDoi(key.replace(/^doi:/i, ''));
      found = doi ? index.worksByDoi.get(doi) : undefined;
    }
    return found ? sendJson(res, found) : notFound();
  }

  if (path === '/authors' && req.query.search !== undefined) {
    const results = searchAuthors(index, req.query.search);
    return sendList(res, results, perPage, page);
  }

  const joining = path === '/works' ? authorClauses(req.query.filter) : null;
  if (joining) {
    if (joining.some((c) => c.length > 100)) return send(res, 400, index.invalidFilterJson);
    const sets = joining.map((ids) => new Set(ids.flatMap((id) => index.worksByAuthor.get(id) ?? [])));
    const results = [...sets[0]!].filter((w) => sets.every((set) => set.has(w))).sort(byPublicationDateDesc);
    return sendList(res, results, perPage);
  }

  if (path === '/works' && req.query.filter?.startsWith('title.search:')) {
    return sendList(res, searchWorksByTitle(index, req.query.filter), perPage);
  }

  if (path === '/works' || path === '/authors') {
    const filter = req.query.filter;
    if (!filter) return notFound();
    const colon = filter.indexOf(':');
    const field = filter.slice(0, colon);
    const values = filter.slice(colon + 1).split('|').filter(Boolean);
    if (colon <= 0 || values.length === 0 || values.length > 100) return send(res, 400, index.invalidFilterJson);
    let results: JsonRecord[];
    if (path === '/authors' && ['id', 'openalex', 'ids.openalex'].includes(field)) {
      results = pick(values.map((v) => index.authors.get(v.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase())));
    } else if (path === '/works' && field === 'doi') {
      results = pick(values.map((v) => bareDoi(v)).map((d) => (d ? index.worksByDoi.get(d) : undefined)));
    } else if (path === '/works' && ['id', 'openalex', 'ids.openalex'].includes(field)) {
      results = pick(values.map((v) => index.works.get(v.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase())));
    } else if (path === '/authors' && field === 'orcid') {
      results = pick(values.flatMap((v) => index.authorsByOrcid.get(v.replace(/^https?:\/\/orcid\.org\//i, '').toUpperCase()) ?? []));
    } else if (path === '/works' && field === 'author.id' && values.length === 1) {
      const id = values[0]!.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase();
      results = index.worksOfAuthorRecorded.get(id) ?? index.worksByAuthor.get(id) ?? [];
      if (req.query.sort === 'publication_date:desc') results = [...results].sort(byPublicationDateDesc);
    } else if (path === '/works' && field === 'locations.landing_page_url') {
      results = [...new Set(values.flatMap((v) => index.worksByLandingPage.get(v) ?? []))];
    } else {
      return send(res, 400, index.invalidFilterJson);
    }
    return sendList(res, results, perPage, page);
  }
  notFound();
}

function sendList(res: ServerResponse, results: JsonRecord[], perPage: number, page = 1): void {
  sendJson(res, {
    meta: { count: results.length, db_response_time_ms: 1, page, per_page: perPage, groups_count: null },
    results: results.slice((page - 1) * perPage, page * perPage),
    group_by: [],
  });
}

/**
 * The recorded answer for that query; else recorded authors whose names contain any of its words, those with
 * more of them first (OpenAlex ranks by relevance, not by a strict match), then by works.
 */
function searchAuthors(index: OpenAlexIndex, query: string): JsonRecord[] {
  const groups = [...query.matchAll(/\(([^)]*)\)/g)].map((m) => fold(m[1]!).split(/[\s.,]+/).filter(Boolean));
  if (groups.length > 0) return booleanSearch(index, groups);
  const q = fold(query).trim().replace(/\s+/g, ' ');
  const recorded = index.authorSearchesRecorded.get(q);
  if (recorded) return recorded;
  const words = q.split(/[\s.,]+/).filter((w) => w.length >= 2);
  const names = (a: JsonRecord) =>
    [a.display_name, ...(Array.isArray(a.display_name_alternatives) ? a.display_name_alternatives : [])].filter(
      (n): n is string => typeof n === 'string',
    );
  const hits = (a: JsonRecord) => Math.max(0, ...names(a).map((n) => words.filter((w) => fold(n).split(/[\s.,]+/).includes(w)).length));
  return [...index.authors.values()]
    .map((a) => ({ a, hits: hits(a) }))
    .filter((x) => x.hits > 0)
    .sort((x, y) => y.hits - x.hits || Number(y.a.works_count ?? 0) - Number(x.a.works_count ?? 0))
    .map((x) => x.a);
}

/**
 * `(a b) OR (c d)`: authors one of whose names holds every word of a group, those of each group by works, taken in
 * turn from each group (so one common name does not fill the page).
 */
const nameWordsOf = new WeakMap<OpenAlexIndex, Array<{ a: JsonRecord; names: Array<Set<string>> }>>();

function booleanSearch(index: OpenAlexIndex, groups: string[][]): JsonRecord[] {
  const nameWords = (a: JsonRecord) =>
    [a.display_name, ...(Array.isArray(a.display_name_alternatives) ? a.display_name_alternatives : [])]
      .filter((n): n is string => typeof n === 'string')
      .map((n) => new Set(fold(n).split(/[\s.,]+/).filter(Boolean)));
  let authors = nameWordsOf.get(index);
  if (!authors) nameWordsOf.set(index, (authors = [...index.authors.values()].map((a) => ({ a, names: nameWords(a) }))));
  const lists = groups.map((words) =>
    authors!
      .filter((x) => x.names.some((n) => words.every((w) => n.has(w))))
      .map((x) => x.a)
      .sort((x, y) => Number(y.works_count ?? 0) - Number(x.works_count ?? 0)),
  );
  const out = new Set<JsonRecord>();
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (l[i]) out.add(l[i]!);
  return [...out];
}

/** `author.id:A|B,author.id:C` → [[A, B], [C]] when every clause is an author-id filter, else null. */
function authorClauses(filter: string | undefined): string[][] | null {
  if (!filter || !filter.includes(',')) return null;
  const clauses = filter.split(',');
  if (!clauses.every((c) => /^(authorships\.)?author\.id:[^:]+$/.test(c))) return null;
  return clauses.map((c) =>
    c
      .slice(c.indexOf(':') + 1)
      .split('|')
      .filter(Boolean)
      .map((v) => v.replace(/^https?:\/\/openalex\.org\//i, '').toUpperCase()),
  );
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function byPublicationDateDesc(a: JsonRecord, b: JsonRecord): number {
  return String(b.publication_date ?? '').localeCompare(String(a.publication_date ?? ''));
}

function pick(records: Array<JsonRecord | undefined>): JsonRecord[] {
  return [...new Set(records.filter((r): r is JsonRecord => r !== undefined))];
}

function clampPerPage(value: string | undefined): number {
  const n = Number(value ?? 25);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 200) : 25;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sendJson(res: ServerResponse, body: unknown): void {
  send(res, 200, JSON.stringify(body));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * `/works?filter=title.search:…[,publication_year:Y1-Y2]` over the recorded works: every word of the query in
 * the title (OpenAlex's title search is word-based, not exact), within the years when given.
 */
function searchWorksByTitle(index: OpenAlexIndex, filter: string): JsonRecord[] {
  const clauses = filter.split(',');
  const words = fold(clauses[0]!.slice('title.search:'.length)).split(/[^a-z0-9]+/).filter(Boolean);
  const years = clauses.find((c) => c.startsWith('publication_year:'))?.slice('publication_year:'.length).split('-').map(Number);
  const results: JsonRecord[] = [];
  for (const work of new Set(index.works.values())) {
    const title = typeof work.title === 'string' ? fold(work.title).split(/[^a-z0-9]+/) : [];
    if (words.length === 0 || !words.every((w) => title.includes(w))) continue;
    const year = typeof work.publication_year === 'number' ? work.publication_year : null;
    if (years && year !== null && (year < years[0]! || year > (years[1] ?? years[0]!))) continue;
    results.push(work);
  }
  return results;
}
