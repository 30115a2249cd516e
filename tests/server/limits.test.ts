import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { parseTrustProxy } from '../../server/auth/client-address';
import { loadConfig } from '../../server/config';
import { OpenAlexClient } from '../../server/upstream/openalex';
import { account, createActionsService, type ActionsService } from './support/actions-service';

describe('The action limit counts writes, not reads', () => {
  let svc: ActionsService;
  beforeAll(async () => {
    svc = await createActionsService();
  });
  afterAll(async () => {
    await svc.close();
  });

  it('answers GET /v1/me and other reads past 120 a minute, while the 121st write is refused (429)', async () => {
    const token = await svc.signIn(account('carberry').orcid);
    for (let i = 0; i < 130; i++) expect((await svc.call('GET', '/v1/me', token)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await svc.call('GET', '/v1/me/following', token)).status).toBe(200);
    for (let i = 0; i < 120; i++) expect((await svc.call('DELETE', '/v1/me/following/A5023888391', token)).status).toBe(200);
    const limited = await svc.call('DELETE', '/v1/me/following/A5023888391', token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    // Reads still answer, and /v1/me still needs a session.
    expect((await svc.call('GET', '/v1/me', token)).status).toBe(200);
    expect((await svc.call('GET', '/v1/me', null)).status).toBe(401);
  });
});

/**
 * Per-address limits over real HTTP on 127.0.0.1, as behind a reverse proxy on the same machine: every request
 * comes from the proxy's socket address and names the client in X-Forwarded-For. "Not me?" reports without a
 * session are limited to 5 an hour per address.
 */
describe('TRUST_PROXY: per-address limits behind a proxy', () => {
  let svc: ActionsService;
  const servers: ServerType[] = [];
  beforeAll(async () => {
    svc = await createActionsService({ accounts: [] });
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await svc.close();
  });

  /** The service over HTTP with the given TRUST_PROXY, on the test's database. */
  const listen = async (trustProxy: string | undefined): Promise<string> => {
    const config = loadConfig({ TRUST_PROXY: trustProxy });
    const app = createApp({
      db: svc.database.db,
      dbKind: svc.database.kind,
      openalex: new OpenAlexClient({ baseUrl: svc.openalex.url, timeoutMs: 2_000 }),
      now: () => svc.clock.now,
      trustProxy: parseTrustProxy(config.TRUST_PROXY),
    });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const report = (base: string, forwardedFor: string) =>
    fetch(`${base}/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ researcherId: 'A5023888391', reason: 'Not the person on this paper.' }),
    });
  const nextHour = () => {
    svc.clock.now = new Date(svc.clock.now.getTime() + 3600_000);
  };

  it('without TRUST_PROXY keys on the socket: a forged X-Forwarded-For does not escape the limit', async () => {
    nextHour();
    const base = await listen(undefined);
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await report(base, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  for (const setting of ['1', 'loopback', '127.0.0.1/8, ::1']) {
    it(`with TRUST_PROXY=${setting} keys on the forwarded client: each client has its own bucket`, async () => {
      nextHour();
      const base = await listen(setting);
      for (let i = 1; i <= 6; i++) expect((await report(base, `198.51.100.${i}`)).status).toBe(201);
      const one = [];
      for (let i = 0; i < 6; i++) one.push((await report(base, '198.51.100.200')).status);
      expect(one).toEqual([201, 201, 201, 201, 201, 429]);
      // A client that prepends its own X-Forwarded-For entry is still keyed on the address our proxy saw.
      expect((await report(base, '192.0.2.77, 198.51.100.200')).status).toBe(429);
    });
  }

  it('refuses a TRUST_PROXY that is neither a hop count nor addresses at start-up', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,loopback' }).TRUST_PROXY).toBe('10.0.0.0/8,loopback');
  });
});
