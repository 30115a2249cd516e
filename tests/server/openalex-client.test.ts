import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../server/upstream/errors';
import { OpenAlexClient } from '../../server/upstream/openalex';
import { type OpenAlexReplay, startOpenAlexReplay } from '../../server/dev/openalex-replay';

describe('OpenAlexClient against the replay server', () => {
  let replay: OpenAlexReplay;
  let client: OpenAlexClient;
  beforeAll(async () => {
    replay = await startOpenAlexReplay();
    client = new OpenAlexClient({ baseUrl: replay.url, apiKey: 'k', timeoutMs: 500, breakAfter: 1_000, retry: { retries: 2, minTimeoutMs: 5, maxTimeoutMs: 20, maxRetryAfterMs: 200 } });
  });
  afterAll(async () => {
    await replay.close();
  });
  beforeEach(() => {
    replay.setFault(null);
    replay.requests.length = 0;
  });

  it('gets a work by DOI, sending the api key as a query parameter', async () => {
    const work = await client.getWorkByDoi('10.7717/peerj.4375');
    expect(work?.id).toBe('https://openalex.org/W2741809807');
    expect(work?.authorships).toHaveLength(9);
    expect(replay.requests[0]).toMatchObject({ path: '/works/doi:10.7717/peerj.4375', query: { api_key: 'k' } });
  });

  it('answers null for a 404 (whose body is HTML), without retrying', async () => {
    expect(await client.getWorkByDoi('10.9999/not-there')).toBeNull();
    expect(replay.requests).toHaveLength(1);
  });

  it('finds a work by landing page', async () => {
    const work = await client.findWorkByLandingPage('https://arxiv.org/abs/2108.04680');
    expect(work?.id).toBe('https://openalex.org/W3188841554');
    expect(replay.requests[0]!.query).toMatchObject({ filter: 'locations.landing_page_url:https://arxiv.org/abs/2108.04680', 'per-page': '1' });
  });

  it('asks for authors in batches of at most 100 ids with per-page=100', async () => {
    const known = ['A5048491430', 'A5023888391'];
    const filler = Array.from({ length: 248 }, (_, i) => `A${9000000000 + i}`);
    const found = await client.getAuthors([...known, ...filler, known[0]!]);
    const calls = replay.requests.filter((r) => r.path === '/authors');
    expect(calls).toHaveLength(3);
    const sizes = calls.map((c) => c.query.filter!.replace(/^id:/, '').split('|').length);
    expect(sizes.sort((a, b) => b - a)).toEqual([100, 100, 50]);
    expect(calls.every((c) => c.query['per-page'] === '100')).toBe(true);
    expect([...found.keys()].sort()).toEqual(known.sort());
    expect(found.get('A5048491430')).toMatchObject({ display_name: 'Heather Piwowar' });
  });

  it('retries a 429 (honouring a short Retry-After) and then succeeds', async () => {
    replay.setFault((_r, attempt) => (attempt === 1 ? { kind: 'status', status: 429, headers: { 'retry-after': '0' } } : null));
    const work = await client.getWorkByDoi('10.7717/peerj.4375');
    expect(work?.id).toBe('https://openalex.org/W2741809807');
    expect(replay.requests).toHaveLength(2);
  });

  it('does not wait out a long Retry-After: it fails at once as rate-limited', async () => {
    replay.setFault(() => ({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } }));
    await expect(client.getWorkByDoi('10.7717/peerj.4375')).rejects.toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(replay.requests).toHaveLength(1);
  });

  it('retries 5xx a few times, then gives up with a typed error', async () => {
    replay.setFault(() => ({ kind: 'status', status: 502 }));
    const error = await client.getWorkByDoi('10.7717/peerj.4375').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'http', status: 502, retryable: true });
    expect(replay.requests).toHaveLength(3);
  });

  it('does not retry a 400', async () => {
    replay.setFault(() => ({ kind: 'status', status: 400 }));
    await expect(client.getWorkByDoi('10.7717/peerj.4375')).rejects.toMatchObject({ kind: 'http', status: 400 });
    expect(replay.requests).toHaveLength(1);
  });

  it.each([
    ['HTML instead of JSON', '<html><body>Bad gateway</body></html>'],
    ['JSON of the wrong shape', '{"id": 42, "authorships": "none"}'],
    ['a hostile list', '{"meta": {"count": 1}, "results": [{"id": {"$ne": null}}]}'],
  ])('rejects %s with a typed "malformed" error', async (_label, body) => {
    replay.setFault(() => ({ kind: 'garbage', body }));
    await expect(client.getWorkByDoi('10.7717/peerj.4375')).rejects.toMatchObject({ name: 'UpstreamError', kind: 'malformed' });
    await expect(client.getAuthors(['A5048491430'])).resolves.toSatisfy((m: Map<string, unknown>) => m.get('A5048491430') instanceof UpstreamError);
  });

  it('times out a slow answer and reports it as a timeout after its retries', async () => {
    replay.setFault(() => ({ kind: 'delay', ms: 2_000 }));
    await expect(client.getWorkByDoi('10.7717/peerj.4375')).rejects.toMatchObject({ kind: 'timeout' });
    expect(replay.requests).toHaveLength(3);
  });

  it('reports an unreachable server as such', async () => {
    const nowhere = new OpenAlexClient({ baseUrl: 'http://127.0.0.1:9', retry: { retries: 1, minTimeoutMs: 1, maxTimeoutMs: 2 } });
    await expect(nowhere.getWork('W2741809807')).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
