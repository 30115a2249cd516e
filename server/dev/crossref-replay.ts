import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JsonRecord, bareDoi, loadOpenAlexIndex } from './openalex-index';
import type { FaultRule, RecordedRequest } from './openalex-replay';

/**
 * A local stand-in for Crossref's `GET /works?filter=doi:a,doi:b`. There are no recorded Crossref responses in the
 * shared fixtures, so each record is built from the recorded OpenAlex work with that DOI (withheld or not): the
 * authors as printed (`raw_author_name`, split at the last word into given and family), the ORCID iDs OpenAlex
 * carries on the authorships (Crossref holds those the publisher deposited), and the publication date as `created`.
 */
export interface CrossrefReplay {
  url: string;
  requests: RecordedRequest[];
  setFault(rule: FaultRule | null): void;
  close(): Promise<void>;
}

export async function startCrossrefReplay(): Promise<CrossrefReplay> {
  const index = loadOpenAlexIndex();
  const requests: RecordedRequest[] = [];
  let fault: FaultRule | null = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://replay.local');
    const recorded = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), url: req.url ?? '/' };
    requests.push(recorded);
    const f = fault?.(recorded, 1) ?? null;
    if (f?.kind === 'hang') return;
    const answer = () => {
      res.setHeader('content-type', 'application/json');
      if (f?.kind === 'status') return void res.writeHead(f.status).end(f.body ?? '{"status":"error"}');
      if (f?.kind === 'garbage') return void res.writeHead(200).end(f.body ?? '<html>nope</html>');
      if (url.pathname.replace(/\/+$/, '') !== '/works') return void res.writeHead(404).end('{"status":"error","message":"Resource not found."}');
      const dois = (url.searchParams.get('filter') ?? '')
        .split(',')
        .filter((c) => c.startsWith('doi:'))
        .map((c) => bareDoi(c.slice(4)));
      const items = dois.map((d) => (d ? index.worksByDoi.get(d) : undefined)).filter((w): w is JsonRecord => !!w).map(toCrossref);
      res.writeHead(200).end(JSON.stringify({ status: 'ok', 'message-type': 'work-list', message: { 'total-results': items.length, items } }));
    };
    if (f?.kind === 'delay') setTimeout(answer, f.ms);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    setFault: (rule) => {
      fault = rule;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function toCrossref(work: JsonRecord): unknown {
  const authorships = Array.isArray(work.authorships) ? (work.authorships as Array<Record<string, unknown>>) : [];
  return {
    DOI: bareDoi(String(work.doi)),
    created: { 'date-time': `${String(work.publication_date ?? '2026-01-01')}T00:00:00Z` },
    author: authorships.map((a, i) => {
      const author = (a.author ?? {}) as Record<string, unknown>;
      const printed = String(a.raw_author_name ?? author.display_name ?? '').trim();
      const comma = printed.indexOf(',');
      const words = printed.split(/\s+/);
      const [given, family] = comma > 0 ? [printed.slice(comma + 1).trim(), printed.slice(0, comma).trim()] : [words.slice(0, -1).join(' '), words[words.length - 1] ?? printed];
      return {
        given: given || null,
        family,
        sequence: i === 0 ? 'first' : 'additional',
        ...(typeof author.orcid === 'string' ? { ORCID: author.orcid } : {}),
        affiliation: [],
      };
    }),
  };
}
