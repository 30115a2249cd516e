import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/client';
import { OpenAlexClient } from '../../server/upstream/openalex';
import { ResolveResponse } from '../../lib/api/resolve';
import { account, type ActionsService, createActionsService } from './support/actions-service';
import { MEARMAN_PAPERS, PEERJ } from '../../server/dev/papers';
import { visitPapers } from './support/papers';

// A stored paper's resolve in at most 2 database round trips (issue 12, Load), with answers that never outlive
// a claim or follow made through this process or another one sharing the database.

const PRIEM = 'A5023888391';
const STATEMENTS = new Set(['select', 'selectDistinct', 'insert', 'update', 'delete', 'execute', 'transaction']);

/** The database as a second service process sees it, counting every statement it starts. */
function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop === 'string' && STATEMENTS.has(prop) && typeof value === 'function') {
        return (...args: unknown[]) => {
          n++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return value;
    },
  });
  return { db: proxy, count: () => n };
}

describe('resolve answers of stored papers', () => {
  let svc: ActionsService;
  let other: ReturnType<typeof createApp>;
  let statements: () => number;
  const resolveOnOther = async () => {
    const res = await other.request('/v1/resolve', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ papers: [{ doi: PEERJ.doi, authors: PEERJ.authors.map((name) => ({ name })) }] }),
    });
    expect(res.status).toBe(200);
    return ResolveResponse.parse(await res.json());
  };

  beforeAll(async () => {
    svc = await createActionsService();
    await visitPapers(svc, [PEERJ]);
    const db = counting(svc.database.db);
    statements = db.count;
    other = createApp({
      db: db.db,
      dbKind: svc.database.kind,
      openalex: new OpenAlexClient({ baseUrl: svc.openalex.url, timeoutMs: 2_000 }),
      now: () => svc.clock.now,
    });
  });
  afterAll(async () => {
    await svc.close();
  });

  it('costs at most 2 database statements once the paper is stored', async () => {
    await resolveOnOther();
    const before = statements();
    const again = await resolveOnOther();
    expect(statements() - before).toBeLessThanOrEqual(2);
    expect(again.papers[0]!.authors.filter((a) => a.state === 'resolved').length).toBeGreaterThan(5);
  });

  it('shows a claim made through another process on the next resolve', async () => {
    const token = await svc.signIn(account('priem').orcid);
    const before = (await resolveOnOther()).papers[0]!.authors[1]!.researcher!;
    expect(before).toMatchObject({ id: PRIEM, trust: { claimed: false } });
    expect((await svc.call('POST', `/v1/researchers/${PRIEM}/claim`, token)).status).toBe(201);
    const after = (await resolveOnOther()).papers[0]!.authors[1]!.researcher!;
    expect(after.trust).toMatchObject({ verification: 'L3', claimed: true });
  });

  it('shows a change written straight to the database (a profile build, another replica) on the next resolve', async () => {
    const before = (await resolveOnOther()).papers[0]!.authors[0]!.researcher!;
    await svc.database.db.execute(
      // The record's display name, as a refresh from OpenAlex would rewrite it.
      (await import('drizzle-orm')).sql`update researchers set record = jsonb_set(record, '{display_name}', '"H. Piwowar (renamed)"') where id = ${before.id}`,
    );
    const after = (await resolveOnOther()).papers[0]!.authors[0]!.researcher!;
    expect(after.name).toBe('H. Piwowar (renamed)');
  });

  it('keeps a whole answer only when it is complete: a page answered while OpenAlex failed is looked up again, then served as kept', async () => {
    const paper = MEARMAN_PAPERS[1]!;
    const body = JSON.stringify({ papers: [{ doi: paper.doi, authors: paper.authors.map((name) => ({ name })) }, { doi: 'not a doi', authors: [{ name: 'A. Person' }] }] });
    const resolve = async () => {
      const res = await svc.app.request('/v1/resolve', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(200);
      return ResolveResponse.parse(await res.json());
    };
    svc.openalex.setFault(() => ({ kind: 'status', status: 503 }));
    let during;
    try {
      during = await resolve();
    } finally {
      svc.openalex.setFault(null);
    }
    expect(during.papers[0]!.authors.every((a) => a.state === 'unresolved' && a.reasonCode?.startsWith('source-'))).toBe(true);
    const after = await resolve();
    expect(after.papers[0]!.authors.filter((a) => a.state === 'resolved').length).toBeGreaterThan(0);
    expect(after.papers[1]!.authors[0]!.reasonCode).toBe('paper-invalid');
    const calls = svc.openalex.requests.length;
    expect(await resolve()).toEqual(after);
    expect(svc.openalex.requests.length).toBe(calls);
  });
});
