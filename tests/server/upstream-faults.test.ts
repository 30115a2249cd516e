import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResolveResponse } from '../../lib/api/resolve';
import { STILL_LOOKING } from '../../server/resolve/reasons';
import { OpenAlexClient } from '../../server/upstream/openalex';
import { OrcidApiClient } from '../../server/upstream/orcid';
import { type OpenAlexReplay, startOpenAlexReplay } from '../../server/dev/openalex-replay';
import { createTestService, type TestService } from './support/service';

// Hostile and failing upstreams (issue 12, items 3, 4 and 7): bodies past the cap, stalls, 429s, 5xx storms.

const PEERJ = { doi: '10.7717/peerj.4375', authors: [{ name: 'Heather Piwowar' }, { name: 'Jason Priem' }] };

async function resolveOk(svc: TestService, body: unknown): Promise<ResolveResponse> {
  const res = await svc.resolve(body);
  expect(res.status).toBe(200);
  return ResolveResponse.parse(await res.json());
}

describe('an upstream answer past the body cap', () => {
  let replay: OpenAlexReplay;
  beforeAll(async () => {
    replay = await startOpenAlexReplay();
  });
  afterAll(async () => {
    await replay.close();
  });

  it('is cut off at the cap, reported as oversize and not retried', async () => {
    replay.setFault(() => ({ kind: 'flood' }));
    const client = new OpenAlexClient({ baseUrl: replay.url, timeoutMs: 5_000, maxBytes: 1024 * 1024, retry: { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 10 } });
    await expect(client.getWorkByDoi('10.7717/peerj.4375')).rejects.toMatchObject({ kind: 'oversize', service: 'OpenAlex' });
    expect(replay.requests).toHaveLength(1);
    // Read no further than the cap plus what sockets buffer: never the whole runaway body.
    expect(replay.load.floodBytes).toBeLessThan(32 * 1024 * 1024);
  });

  it('from ORCID is cut off the same way', async () => {
    let pulled = 0;
    const huge: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            if (pulled > 80) return controller.close(); // 5 MB of not-quite-JSON
            controller.enqueue(new Uint8Array(64 * 1024).fill(32));
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const orcid = new OrcidApiClient({ baseUrl: 'http://127.0.0.1:9/v3.0', maxBytes: 256 * 1024, fetch: huge });
    await expect(orcid.getFacts('0000-0002-1825-0097')).rejects.toMatchObject({ kind: 'oversize', service: 'ORCID' });
    expect(pulled).toBeLessThan(10);
  });
});

describe('a resolve request against a failing OpenAlex', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await createTestService({ timeoutMs: 5_000, deadlineMs: 1_000, maxBytes: 1024 * 1024 });
    // The first request also sets up the answer cache; keep that out of the timed tests.
    await resolveOk(svc, { papers: [{ doi: '10.9999/warm-up', authors: [{ name: 'A. Person' }] }] });
  });
  afterAll(async () => {
    await svc.close();
  });
  beforeEach(() => {
    svc.replay.setFault(null);
    svc.replay.requests.length = 0;
    svc.replay.resetLoad();
  });

  it('answers by its deadline with "still looking" and a short retry, and the next try gets the answer', async () => {
    svc.replay.setFault(() => ({ kind: 'delay', ms: 3_000 }));
    const started = Date.now();
    const first = await resolveOk(svc, { papers: [PEERJ] });
    // Answered at the 1 s deadline, long before OpenAlex's 3 s (generous bounds: the machine is shared).
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(first.papers[0]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(first.papers[0]!.authors.map((a) => [a.state, a.reason])).toEqual([
      ['unresolved', STILL_LOOKING.text],
      ['unresolved', STILL_LOOKING.text],
    ]);
    // The look-up went on after the answer and stored the work: the next try asks OpenAlex only for authors.
    await new Promise((r) => setTimeout(r, 3_500 - (Date.now() - started)));
    svc.replay.setFault(null);
    svc.replay.requests.length = 0;
    const second = await resolveOk(svc, { papers: [PEERJ] });
    expect(second.papers[0]!.authors.map((a) => a.state)).toEqual(['resolved', 'resolved']);
    expect(second.papers[0]!.retryAfterSeconds).toBeUndefined();
    expect(svc.replay.requests.filter((r) => r.path.startsWith('/works'))).toHaveLength(0);
  });

  it('says "rate limited" when OpenAlex answers 429', async () => {
    svc.replay.setFault(() => ({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } }));
    const res = await resolveOk(svc, { papers: [{ doi: '10.1145/2795233', authors: [{ name: 'Helen Cabot Miles' }] }] });
    expect(res.papers[0]!.authors[0]!.reason).toMatch(/rate limit/i);
  });

  it('says the answer was too large when OpenAlex floods', async () => {
    svc.replay.setFault(() => ({ kind: 'flood' }));
    const res = await resolveOk(svc, { papers: [{ doi: '10.1145/2795233', authors: [{ name: 'Helen Cabot Miles' }] }] });
    expect(res.papers[0]!.authors[0]!.reason).toMatch(/too large/i);
    expect(svc.replay.requests).toHaveLength(1);
  });

  it('shares one upstream call among concurrent requests for the same paper', async () => {
    svc.replay.setFault(() => ({ kind: 'delay', ms: 150 }));
    const paper = { doi: '10.48550/arxiv.2108.04680', authors: [{ name: 'Jonathan C. Roberts' }, { name: 'Joseph Mearman' }] };
    await Promise.all(Array.from({ length: 10 }, () => resolveOk(svc, { papers: [paper] })));
    // One request alone makes the batched `filter=doi:` call and at most one landing-page call; ten share them.
    expect(svc.replay.requests.filter((r) => r.path.startsWith('/works')).length).toBeLessThanOrEqual(2);
  });
});

describe('the service-wide bound on upstream calls', () => {
  it('keeps 40 concurrent resolves of distinct papers to at most 8 OpenAlex calls at once', async () => {
    const svc = await createTestService({ timeoutMs: 2_000, deadlineMs: 10_000, concurrency: 8 });
    try {
      svc.replay.setFault(() => ({ kind: 'delay', ms: 100 }));
      svc.replay.resetLoad();
      const papers = Array.from({ length: 40 }, (_, i) => ({ doi: `10.9999/stalled.${i}`, authors: [{ name: 'A. Person' }] }));
      const answers = await Promise.all(papers.map((p) => resolveOk(svc, { papers: [p] })));
      expect(answers).toHaveLength(40);
      expect(svc.replay.requests.length).toBeGreaterThanOrEqual(40);
      expect(svc.replay.load.maxOpen).toBeLessThanOrEqual(8);
    } finally {
      await svc.close();
    }
  });
});

describe('the circuit breaker', () => {
  it('stops calling an upstream that keeps failing, then lets a trial call through', async () => {
    const replay = await startOpenAlexReplay();
    try {
      const client = new OpenAlexClient({ baseUrl: replay.url, timeoutMs: 1_000, breakAfter: 3, halfOpenAfterMs: 300, retry: { retries: 2, minTimeoutMs: 1, maxTimeoutMs: 2 } });
      replay.setFault(() => ({ kind: 'status', status: 503 }));
      await expect(client.getWork('W2741809807')).rejects.toMatchObject({ kind: 'http', status: 503 });
      expect(replay.requests).toHaveLength(3);
      await expect(client.getWork('W2741809807')).rejects.toMatchObject({ kind: 'circuit-open' });
      expect(replay.requests).toHaveLength(3);
      replay.setFault(null);
      await new Promise((r) => setTimeout(r, 400));
      expect((await client.getWork('W2741809807'))?.id).toBe('https://openalex.org/W2741809807');
    } finally {
      await replay.close();
    }
  });
});
