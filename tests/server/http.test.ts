import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, LIMITS, ResolveResponse } from '../../lib/api/resolve';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app';
import { MAX_BODY_BYTES } from '../../server/routes/resolve';
import { createTestService, type TestService } from './support/service';

describe('HTTP surface', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await createTestService();
  });
  afterAll(async () => {
    await svc.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    svc.app.request('/v1/resolve', { method: 'POST', headers: { 'content-type': contentType }, body });
  const expectApiError = async (res: Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status);
    const body = ApiError.parse(await res.json());
    expect(body.error).toMatch(message);
    return body;
  };
  const author = { name: 'Jason Priem' };

  it('reports health and the kind of database', async () => {
    const res = await svc.app.request('/v1/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: svc.database.kind });
  });

  it('rejects malformed JSON', async () => {
    await expectApiError(await post('{"papers": ['), 400, /not valid JSON/);
  });

  it('rejects a body that is not JSON by content type', async () => {
    await expectApiError(await post('papers=1', 'application/x-www-form-urlencoded'), 415, /application\/json/);
    await expectApiError(await post('{"papers":[]}', 'text/plain'), 415, /application\/json/);
  });

  it('rejects a body over the size limit', async () => {
    const big = JSON.stringify({ papers: [{ doi: '10.7717/peerj.4375', authors: [{ name: 'x'.repeat(3 * 1024 * 1024) }] }] });
    await expectApiError(await post(big), 413, /larger than/);
  });

  it('rejects more than 200 papers', async () => {
    const papers = Array.from({ length: LIMITS.papers + 1 }, (_, i) => ({ doi: `10.1234/p${i}`, authors: [author] }));
    const body = await expectApiError(await post(JSON.stringify({ papers })), 400, /not a valid resolve request/);
    expect(body.issues?.join('\n')).toMatch(/papers/);
  });

  it('rejects more than 5000 names in one request', async () => {
    const papers = Array.from({ length: 6 }, (_, i) => ({ doi: `10.1234/p${i}`, authors: Array(900).fill(author) }));
    const body = await expectApiError(await post(JSON.stringify({ papers })), 400, /not a valid resolve request/);
    expect(body.issues?.join('\n')).toMatch(/5000/);
  });

  it('rejects unknown fields of the request and says where', async () => {
    const body = await expectApiError(await post(JSON.stringify({ papers: [{ doi: '10.7717/peerj.4375', authors: [author] }], extra: 1 })), 400, /not a valid resolve request/);
    expect(body.issues?.join('\n')).toMatch(/extra/);
  });

  // A paper's own faults are answered for that paper alone (issue 12, item 6): its authors unresolved, saying where.
  const paperAlone = async (paper: unknown, where: RegExp) => {
    const res = await post(JSON.stringify({ papers: [paper] }));
    expect(res.status).toBe(200);
    const answer = ResolveResponse.parse(await res.json()).papers[0]!;
    expect(answer.workId).toBeNull();
    expect(answer.authors).toEqual([{ position: 1, state: 'unresolved', confidence: 0, reason: expect.stringMatching(where), reasonCode: 'paper-invalid' }]);
  };

  it('answers a paper with unknown fields as unresolved and says where (the page address is never part of the contract)', async () => {
    await paperAlone({ doi: '10.7717/peerj.4375', authors: [author], url: 'https://peerj.com/articles/4375/' }, /url/);
  });

  it('answers a paper without an identifier or title as unresolved and says why', async () => {
    await paperAlone({ authors: [author] }, /an arxivId, a doi or a title/);
  });

  it('answers unknown routes with a JSON 404', async () => {
    await expectApiError(await svc.app.request('/v2/nothing'), 404, /no GET \/v2\/nothing/);
    await expectApiError(await svc.app.request('/v1/resolve'), 404, /no GET/);
  });

  it('answers an unhandled failure with a JSON 500 that carries no stack', async () => {
    const broken = createApp({
      db: svc.database.db,
      dbKind: 'pglite',
      openalex: { getWorkByDoi: () => Promise.reject(new TypeError('boom at secret.ts:12')) } as never,
      now: () => new Date(),
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await broken.request('/v1/resolve', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ papers: [{ doi: '10.5555/nowhere', authors: [author] }] }),
      });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ error: 'The service failed on this request.' });
      expect(text).not.toMatch(/secret|boom/);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it('allows extension origins through CORS and nobody else', async () => {
    const preflight = (origin: string) =>
      svc.app.request('/v1/resolve', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0f4d5a7e-1b6e-4e8f-9c3d-2a1b0c9d8e7f']) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    }
    for (const origin of ['https://arxiv.org', 'https://evil.example', 'chrome-extension://x/../']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('over a real HTTP server: extension origins get CORS headers on answers and errors, others none; bodies stay whole; an oversized body with a content-length is a 413', async () => {
    const server = serve({ fetch: svc.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const extension = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
      const resolve = (origin: string, body: string) =>
        fetch(`${url}/v1/resolve`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body });
      const paper = JSON.stringify({ papers: [{ doi: 'not a doi', authors: [author] }] });
      for (const res of [await resolve(extension, paper), await resolve(extension, paper), await fetch(`${url}/v1/nowhere`, { headers: { origin: extension } })]) {
        expect(res.headers.get('access-control-allow-origin')).toBe(extension);
        expect(res.headers.get('vary')).toMatch(/origin/i);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        expect(typeof (await res.json())).toBe('object');
      }
      const other = await resolve('https://evil.example', paper);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(ResolveResponse.parse(await other.json()).papers[0]!.authors[0]!.reasonCode).toBe('paper-invalid');
      const big = await resolve(extension, JSON.stringify({ papers: [], pad: 'x'.repeat(MAX_BODY_BYTES) }));
      await expectApiError(big, 413, /larger than/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
