import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixture } from './fixtures';
import type { FaultRule, RecordedRequest } from './openalex-replay';

/**
 * A local HTTP server that answers Semantic Scholar's `POST /paper/batch` and `POST /author/batch` (Graph API v1)
 * from the real recorded responses in `shared/fixtures/semanticscholar/` (papers by paperId, `ARXIV:`, `DOI:` and
 * `CorpusId:`), plus papers a test adds (built from recorded data; each test says from which). An author's paper list
 * is what the replay holds for that author id: the recorded papers naming them, never invented papers. Unknown ids
 * answer null in the batch, as Semantic Scholar does. `setFault` simulates an unhealthy upstream.
 */
export interface S2PaperRecord {
  paperId: string;
  externalIds: Record<string, unknown>;
  year?: number | null;
  publicationDate?: string | null;
  authors: Array<{ authorId: string | null; name: string | null; externalIds?: Record<string, unknown> }>;
}

export interface SemanticScholarReplay {
  url: string;
  requests: Array<RecordedRequest & { ids: string[] }>;
  setFault(rule: FaultRule | null): void;
  /** Adds papers (a test's own world); ids they answer to: paperId, `ARXIV:`, `DOI:`. */
  addPapers(papers: S2PaperRecord[]): void;
  /** Forgets the papers a test added. */
  reset(): void;
  close(): Promise<void>;
}

export function recordedS2Papers(): S2PaperRecord[] {
  const dir = fixture('semanticscholar');
  const out: S2PaperRecord[] = [];
  const take = (v: unknown) => {
    if (v && typeof v === 'object' && 'paperId' in v && typeof (v as { paperId: unknown }).paperId === 'string') out.push(v as S2PaperRecord);
  };
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('paper_') || !name.endsWith('.json')) continue;
    const body = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    if (Array.isArray(body)) body.forEach(take);
    else if (body && typeof body === 'object' && Array.isArray((body as { data?: unknown }).data)) (body as { data: unknown[] }).data.forEach(take);
    else take(body);
  }
  return out.map((p) => ({ ...p, externalIds: p.externalIds ?? {}, authors: (p.authors ?? []).filter((a) => a !== null) }));
}

export async function startSemanticScholarReplay(): Promise<SemanticScholarReplay> {
  const recorded = recordedS2Papers();
  let extra: S2PaperRecord[] = [];
  let fault: FaultRule | null = null;
  const attempts = new Map<string, number>();
  const requests: SemanticScholarReplay['requests'] = [];

  const index = () => {
    const byId = new Map<string, S2PaperRecord>();
    for (const p of [...recorded, ...extra]) {
      byId.set(p.paperId, p);
      const ids = p.externalIds ?? {};
      if (typeof ids.ArXiv === 'string') byId.set(`ARXIV:${ids.ArXiv}`.toLowerCase(), p);
      if (typeof ids.DOI === 'string') byId.set(`DOI:${ids.DOI}`.toLowerCase(), p);
      if (typeof ids.CorpusId === 'number') byId.set(`CorpusId:${ids.CorpusId}`.toLowerCase(), p);
    }
    return byId;
  };
  const lookUpPaper = (byId: Map<string, S2PaperRecord>, id: string) => byId.get(id) ?? byId.get(id.toLowerCase()) ?? byId.get(`doi:${id}`.toLowerCase());

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://replay.local');
    const raw = await readBody(req);
    let ids: string[] = [];
    try {
      const parsed = JSON.parse(raw || '{}') as { ids?: unknown };
      ids = Array.isArray(parsed.ids) ? parsed.ids.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return send(res, 400, { error: 'Unacceptable JSON body' });
    }
    const recordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), url: req.url ?? '/', ids };
    requests.push(recordedRequest);
    const attempt = (attempts.get(recordedRequest.url) ?? 0) + 1;
    attempts.set(recordedRequest.url, attempt);
    const f = fault?.(recordedRequest, attempt) ?? null;
    if (f?.kind === 'hang') return;
    const answer = () => {
      if (f?.kind === 'status') return sendRaw(res, f.status, f.body ?? JSON.stringify({ message: `simulated ${f.status}` }), f.headers);
      if (f?.kind === 'garbage') return sendRaw(res, 200, f.body ?? '<html>Gateway says hello</html>');
      const path = url.pathname.replace(/\/+$/, '');
      const byId = index();
      if (req.method === 'POST' && path.endsWith('/paper/batch')) {
        if (ids.length > 500) return send(res, 400, { error: 'Cannot process more than 500 ids' });
        return send(res, 200, ids.map((id) => paperAnswer(lookUpPaper(byId, id))));
      }
      if (req.method === 'POST' && path.endsWith('/author/batch')) {
        if (ids.length > 1000) return send(res, 400, { error: 'Cannot process more than 1000 ids' });
        const papers = [...new Set(byId.values())];
        return send(res, 200, ids.map((id) => authorAnswer(id, papers)));
      }
      send(res, 404, { error: 'Not found' });
    };
    if (f?.kind === 'delay') setTimeout(answer, f.ms);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graph/v1`,
    requests,
    setFault: (rule) => {
      fault = rule;
      attempts.clear();
    },
    addPapers: (papers) => {
      extra = [...extra, ...papers];
    },
    reset: () => {
      extra = [];
      fault = null;
      attempts.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function paperAnswer(p: S2PaperRecord | undefined): unknown {
  if (!p) return null;
  return {
    paperId: p.paperId,
    externalIds: p.externalIds ?? {},
    year: p.year ?? null,
    publicationDate: p.publicationDate ?? null,
    authors: p.authors.map((a) => ({ authorId: a.authorId, name: a.name, externalIds: a.externalIds ?? {} })),
  };
}

function authorAnswer(id: string, papers: S2PaperRecord[]): unknown {
  const theirs = papers.filter((p) => p.authors.some((a) => a.authorId === id));
  if (theirs.length === 0) return null;
  const self = theirs.flatMap((p) => p.authors).find((a) => a.authorId === id)!;
  return {
    authorId: id,
    name: self.name,
    externalIds: self.externalIds ?? {},
    papers: theirs.map((p) => ({ paperId: p.paperId, externalIds: p.externalIds ?? {}, year: p.year ?? null })),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendRaw(res, status, JSON.stringify(body));
}

function sendRaw(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}
