import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PaperQuery, ResolveResponse } from '../../../lib/api/resolve';
import { openPaperCache, type PaperCache } from '../../../entrypoints/background/cache/paper-cache';
import { paperCacheKey } from '../../../entrypoints/background/cache/paper-key';
import { createResolver, FRESH_MS, STALE_MS } from '../../../entrypoints/background/resolver/resolver';
import { paperResult, resolvedMatch } from '../sample-results';

const SERVICE = 'http://127.0.0.1:8787';
let dbCount = 0;
const caches: PaperCache[] = [];

async function freshCache(maxPapers?: number): Promise<PaperCache> {
  const cache = await openPaperCache({ name: `test-cache-${++dbCount}`, ...(maxPapers ? { maxPapers } : {}) });
  caches.push(cache);
  return cache;
}

afterEach(() => {
  caches.splice(0).forEach((c) => c.close());
});

function paper(arxivId: string, names = ['Ashish Vaswani', 'Noam Shazeer']): PaperQuery {
  return { arxivId, authors: names.map((name) => ({ name })) };
}

/** A fake service: answers every asked paper with resolved authors and counts the calls. */
function fakeService(options: { fail?: number; delayMs?: number } = {}) {
  const bodies: { papers: PaperQuery[] }[] = [];
  const fetch = vi.fn(async (_url: URL | RequestInfo, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { papers: PaperQuery[] };
    bodies.push(body);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.fail) return new Response(JSON.stringify({ error: 'down' }), { status: options.fail });
    const answer: ResolveResponse = {
      papers: body.papers.map((p) => paperResult(p.arxivId!, p.authors.map((_, i) => resolvedMatch(i + 1)))),
    };
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: () => fetch.mock.calls.length, bodies };
}

describe('resolver', () => {
  it('keeps a partial answer ("still looking") only until the service asked to be asked again', async () => {
    let partial = true;
    const bodies: number[] = [];
    const fetch = (async (_url: URL | RequestInfo, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { papers: PaperQuery[] };
      bodies.push(body.papers.length);
      const answer: ResolveResponse = {
        papers: body.papers.map((p) =>
          partial
            ? { arxivId: p.arxivId!, workId: null, authors: [{ position: 1, state: 'unresolved', confidence: 0, reason: 'Still looking this up.' }], retryAfterSeconds: 10 }
            : paperResult(p.arxivId!, p.authors.map((_, i) => resolvedMatch(i + 1))),
        ),
      };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    let clock = 1_000_000;
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch, now: () => clock });

    await resolver.resolve([paper('2401.00001')]);
    clock += 5_000;
    await resolver.resolve([paper('2401.00001')]);
    expect(bodies).toHaveLength(1); // within its 10 s, the partial answer stands

    partial = false;
    clock += 6_000;
    const later = await resolver.resolve([paper('2401.00001')]);
    expect(bodies).toHaveLength(2); // past them it is a miss: asked again, and the full answer shown at once
    expect(later.ok && later.papers[0]!.authors.map((a) => a.state)).toEqual(['resolved', 'resolved']);
  });

  it('sends misses in one request and answers the next visit from the cache', async () => {
    const service = fakeService();
    let clock = 1_000_000;
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: service.fetch, now: () => clock });

    const first = await resolver.resolve([paper('1706.03762'), paper('1512.03385')]);
    expect(first.ok).toBe(true);
    expect(service.calls()).toBe(1);
    expect(service.bodies[0]?.papers).toHaveLength(2);

    clock += FRESH_MS - 1;
    const second = await resolver.resolve([paper('1706.03762')]);
    expect(second).toEqual({ ok: true, papers: [expect.objectContaining({ arxivId: '1706.03762' })] });
    expect(service.calls()).toBe(1);
  });

  it('asks the service again for a fresh (Retry) look-up, even with a fresh cache entry', async () => {
    const service = fakeService();
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: service.fetch });
    await resolver.resolve([paper('1512.03385')]);
    await resolver.resolve([paper('1512.03385')]);
    expect(service.calls()).toBe(1);
    await resolver.resolve([paper('1512.03385')], { fresh: true });
    expect(service.calls()).toBe(2);
  });

  it('shows a fresher snapshot of a researcher in cached answers, without making them younger', async () => {
    const service = fakeService();
    let clock = 1_000_000;
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: service.fetch, now: () => clock });
    await resolver.resolve([paper('1706.03762')]);
    const before = await resolver.resolve([paper('1706.03762')]);
    const old = before.ok ? before.papers[0]!.authors[0]!.researcher! : null;
    expect(old?.trust.score).toBe(21);

    await resolver.refreshResearcher({ ...old!, trust: { ...old!.trust, score: 24 } });
    const after = await resolver.resolve([paper('1706.03762')]);
    expect(after.ok && after.papers[0]!.authors.map((a) => a.researcher?.trust.score)).toEqual([24, 24]);
    expect(service.calls()).toBe(1);
    // Its age is the look-up's: past the fresh window it is asked again as before.
    clock += FRESH_MS + 1;
    await resolver.resolve([paper('1706.03762')]);
    await vi.waitFor(() => expect(service.calls()).toBe(2));
  });

  it('answers a stale entry at once and refreshes it in the background', async () => {
    const service = fakeService();
    let clock = 1_000_000;
    const cache = await freshCache();
    const resolver = createResolver({ cache, serviceUrl: async () => SERVICE, fetch: service.fetch, now: () => clock });
    await resolver.resolve([paper('1706.03762')]);
    expect(service.calls()).toBe(1);

    clock += FRESH_MS + 1;
    const stale = await resolver.resolve([paper('1706.03762')]);
    expect(stale.ok).toBe(true);
    expect(service.calls()).toBe(2); // the refresh went out
    await vi.waitFor(async () => {
      const entry = (await cache.get([paperCacheKey(paper('1706.03762'))])).values().next().value;
      expect(entry?.storedAt).toBe(clock);
    });

    clock += STALE_MS + 1;
    await resolver.resolve([paper('1706.03762')]);
    expect(service.calls()).toBe(3); // too old to show: a plain miss
  });

  it('keys the cache by the author names too (a revised author list is a different question)', async () => {
    const service = fakeService();
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: service.fetch });
    await resolver.resolve([paper('1706.03762', ['Ashish Vaswani'])]);
    await resolver.resolve([paper('1706.03762', ['Ashish Vaswani', 'Noam Shazeer'])]);
    expect(service.calls()).toBe(2);
  });

  it('shares one request between concurrent identical messages', async () => {
    const service = fakeService({ delayMs: 20 });
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: service.fetch });
    const replies = await Promise.all([
      resolver.resolve([paper('1706.03762')]),
      resolver.resolve([paper('1706.03762')]),
      resolver.resolve([paper('1706.03762')]),
    ]);
    expect(service.calls()).toBe(1);
    for (const reply of replies) expect(reply.ok).toBe(true);
  });

  it('bounds the cache: the oldest papers are evicted beyond the limit', async () => {
    const service = fakeService();
    let clock = 1_000;
    const cache = await freshCache(3);
    const resolver = createResolver({ cache, serviceUrl: async () => SERVICE, fetch: service.fetch, now: () => clock });
    const ids = ['1706.03762', '1512.03385', '1412.5335', '1103.4487', '2005.14165'];
    for (const id of ids) {
      clock += 10;
      await resolver.resolve([paper(id)]);
    }
    const stored = await cache.get(ids.map((id) => paperCacheKey(paper(id))));
    expect([...stored.values()].map((e) => e.result.arxivId)).toEqual(['1412.5335', '1103.4487', '2005.14165']);
  });

  it('turns a service failure into an error reply that says whether retrying can help', async () => {
    const down = fakeService({ fail: 503 });
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: down.fetch });
    expect(await resolver.resolve([paper('1706.03762')])).toEqual({ ok: false, error: 'down', retryable: true });

    const unreachable = createResolver({
      cache: await freshCache(),
      serviceUrl: async () => SERVICE,
      fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch,
    });
    expect(await unreachable.resolve([paper('1706.03762')])).toMatchObject({ ok: false, retryable: true });

    const bad = fakeService({ fail: 400 });
    const rejected = createResolver({ cache: await freshCache(), serviceUrl: async () => SERVICE, fetch: bad.fetch });
    expect(await rejected.resolve([paper('1706.03762')])).toMatchObject({ ok: false, retryable: false });
  });

  it('posts to the configured service URL', async () => {
    const service = fakeService();
    const resolver = createResolver({ cache: await freshCache(), serviceUrl: async () => 'http://127.0.0.1:9999', fetch: service.fetch });
    await resolver.resolve([paper('1706.03762')]);
    const fetchMock = service.fetch as unknown as ReturnType<typeof vi.fn>;
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('http://127.0.0.1:9999/v1/resolve');
  });
});
