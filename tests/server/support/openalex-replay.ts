import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bareDoi, type JsonRecord, loadOpenAlexIndex, type OpenAlexIndex } from './openalex-index';

/**
 * A local HTTP server that answers like OpenAlex from the recorded responses in the shared fixtures, so the
 * service can run offline (tests, e2e, `npm run dev`). It serves `/works/{W…}`, `/works/doi:{doi}`,
 * `/works/https://doi.org/{doi}`, `/works?filter=doi:…|…`, `/works?filter=locations.landing_page_url:…`,
 * `/authors/{A…}` and `/authors?filter=id:A…|A…`, with OpenAlex's HTML 404 for anything it does not know and
 * its 400 for a filter of more than 100 values. `fault` simulates an unhealthy upstream.
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
  | { kind: 'hang' };

export type FaultRule = (request: RecordedRequest, attempt: number) => ReplayFault | null;

export interface OpenAlexReplay {
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Sets (or clears, with null) the rule that decides which requests fail and how. */
  setFault(rule: FaultRule | null): void;
  close(): Promise<void>;
}

export async function startOpenAlexReplay(options: { port?: number; fault?: FaultRule } = {}): Promise<OpenAlexReplay> {
  const index = loadOpenAlexIndex();
  const requests: RecordedRequest[] = [];
  let fault: FaultRule | null = options.fault ?? null;
  const attempts = new Map<string, number>();

  const server = createServer((req, res) => {
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
    const answer = () => {
      if (f?.kind === 'status') return send(res, f.status, f.body ?? JSON.stringify({ error: `simulated ${f.status}` }), f.headers);
      if (f?.kind === 'garbage') return send(res, 200, f.body ?? '<html>Gateway says hello</html>');
      route(index, recorded, res);
    };
    if (f?.kind === 'delay') setTimeout(answer, f.ms);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setFault: (rule) => {
      fault = rule;
      attempts.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function route(index: OpenAlexIndex, req: RecordedRequest, res: ServerResponse): void {
  const notFound = () => send(res, 404, index.notFoundHtml, { 'content-type': 'text/html; charset=utf-8' });
  const path = req.path.replace(/\/+$/, '');
  const perPage = clampPerPage(req.query['per-page']);

  const single = path.match(/^\/(works|authors)\/(.+)$/);
  if (single) {
    const [, kind, key] = single as unknown as [string, 'works' | 'authors', string];
    let found: JsonRecord | undefined;
    if (kind === 'authors') found = index.authors.get(key.toUpperCase());
    else if (/^W\d+$/i.test(key)) found = index.works.get(key.toUpperCase());
    else if (/^doi:|^https?:\/\/(dx\.)?doi\.org\//i.test(key)) {
      const doi = bareDoi(key.replace(/^doi:/i, ''));
      found = doi ? index.worksByDoi.get(doi) : undefined;
    }
    return found ? sendJson(res, found) : notFound();
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
    } else if (path === '/works' && field === 'locations.landing_page_url') {
      results = [...new Set(values.flatMap((v) => index.worksByLandingPage.get(v) ?? []))];
    } else {
      return send(res, 400, index.invalidFilterJson);
    }
    return sendJson(res, {
      meta: { count: results.length, db_response_time_ms: 1, page: 1, per_page: perPage, groups_count: null },
      results: results.slice(0, perPage),
      group_by: [],
    });
  }
  notFound();
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
