/**
 * Upstream calls per resolve (OpenAlex + Semantic Scholar + Crossref, counted at their local stand-ins) for papers
 * OpenAlex has and has not indexed, and the evaluation of resolution without the paper's work (real works withheld
 * from the OpenAlex stand-in, a namesake for every author). Figures, not assertions: budgets are printed beside them.
 * Part of `npm run bench`; alone: `npx tsx scripts/bench-upstream.ts`.
 */
import { PGlite } from '@electric-sql/pglite';
import { pathToFileURL } from 'node:url';
import { createApp } from '../server/app';
import { fromPglite } from '../server/db/client';
import { CrossrefClient } from '../server/upstream/crossref';
import { OpenAlexClient } from '../server/upstream/openalex';
import { SemanticScholarClient } from '../server/upstream/semantic-scholar';
import { startCrossrefReplay } from '../server/dev/crossref-replay';
import { startOpenAlexReplay } from '../server/dev/openalex-replay';
import { startSemanticScholarReplay } from '../server/dev/semantic-scholar-replay';
import { describeEvaluation, evaluateWithheldWorks } from '../server/dev/unindexed-evaluation';
import { type ScenarioResult, type UpstreamHarness, coldNewPaperPage, countCalls, newListingBatch, resetCalls } from '../server/dev/unindexed-scenarios';

export async function benchUpstream(): Promise<string[]> {
  const client = await PGlite.create();
  const database = fromPglite(client);
  await database.migrate();
  const [replay, s2, crossref] = await Promise.all([startOpenAlexReplay(), startSemanticScholarReplay(), startCrossrefReplay()]);
  const clock = { now: new Date('2026-05-20T12:00:00Z') };
  const tuning = { timeoutMs: 5_000, retry: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 20, maxRetryAfterMs: 100 } };
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    openalex: new OpenAlexClient({ baseUrl: replay.url, ...tuning }),
    s2: new SemanticScholarClient({ baseUrl: s2.url, ...tuning }),
    crossref: new CrossrefClient({ baseUrl: crossref.url, ...tuning }),
    now: () => clock.now,
  });
  const harness: UpstreamHarness = {
    resolve: async (body) => app.request('/v1/resolve', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    replay,
    s2,
    crossref,
  };
  const lines: string[] = [];
  try {
    const indexed = await indexedPage(harness);
    const rows: Array<[string, ScenarioResult, string]> = [
      ['cold page, paper in OpenAlex (PeerJ, 9 authors)', indexed, '≤ 3'],
      ['cold new-paper page (6 authors, in Semantic Scholar)', await coldNewPaperPage(harness, '2605.04321', true), '≤ 6'],
      ['cold new-paper page (6 authors, Semantic Scholar lacks it)', await coldNewPaperPage(harness, '2605.04322', false), '≤ 6'],
      ['listing batch of 25 new papers', await newListingBatch(harness, 25), '≤ 12'],
    ];
    const head = ['upstream calls per resolve request', 'cold', 'OpenAlex', 'Semantic Scholar', 'Crossref', 'repeat', 'budget (cold; repeat 0)', 'names resolved'];
    const body = rows.map(([label, r, budget]) => [
      label,
      String(r.cold.total),
      String(r.cold.openalex),
      String(r.cold.semanticScholar),
      String(r.cold.crossref),
      String(r.repeat.total),
      budget,
      `${r.resolved} of ${r.names}`,
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    lines.push(line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line));

    replay.setWorld(null);
    s2.reset();
    lines.push('', 'Resolution without the paper’s work, all sources:', ...describeEvaluation(await evaluateWithheldWorks(harness)).map((l) => `  ${l}`));
    clock.now = new Date(clock.now.getTime() + 24 * 3600_000); // past the answers the first run stored
    s2.setFault(() => ({ kind: 'status', status: 404 }));
    crossref.setFault(() => ({ kind: 'status', status: 404 }));
    lines.push('Co-author evidence from OpenAlex alone (Semantic Scholar and Crossref know none of the papers):', ...describeEvaluation(await evaluateWithheldWorks(harness)).map((l) => `  ${l}`));
  } finally {
    await Promise.all([replay.close(), s2.close(), crossref.close()]);
    await client.close();
  }
  return lines;
}

async function indexedPage(h: UpstreamHarness): Promise<ScenarioResult> {
  const names = ['Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias', 'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein'];
  const body = { papers: [{ doi: '10.7717/peerj.4375', authors: names.map((name) => ({ name })) }] };
  resetCalls(h);
  const first = (await (await h.resolve(body)).json()) as { papers: Array<{ authors: Array<{ state: string }> }> };
  const cold = countCalls(h);
  resetCalls(h);
  await h.resolve(body);
  const repeat = countCalls(h);
  const matches = first.papers[0]!.authors;
  return { cold, repeat, names: matches.length, resolved: matches.filter((m) => m.state === 'resolved').length, outcomes: {} };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchUpstream()
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
