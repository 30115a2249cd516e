import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ResearcherProfile, WorksPage } from '../../lib/api/profile';
import { workAuthors } from '../../server/db/schema';
import { useTestService, type TestService } from './support/service';

/**
 * Issue 8, item 3: the header's "62 works" and the works list must not contradict each other. Jason Priem's
 * recorded OpenAlex record counts 62 works; the list says how many of them it holds (`recordCount`) and pages on
 * through the record's works, asking OpenAlex for a page the database does not hold yet.
 */
const PRIEM = 'A5023888391';
const MEARMAN = 'A5017898742';

describe('works list pages through the record’s works', () => {
  let svc: TestService;
  useTestService((s) => (svc = s));
  const worksPage = async (query: string, id = PRIEM) => WorksPage.parse(await (await svc.get(`/v1/researchers/${id}/works${query}`)).json());

  it('carries the record’s own count beside the stored works, so "62 works" and the list agree', async () => {
    const profile = ResearcherProfile.parse(await (await svc.get(`/v1/researchers/${PRIEM}`)).json());
    expect(profile.summary.counts.works).toBe(62);
    expect(profile.works.recordCount).toBe(62);
    // The recorded OpenAlex answer lists one work of his 62 (the case): the list holds 1 of 62, and a
    // further page asks OpenAlex, which has no more to give, so the list can say so rather than "1 of 1".
    expect(profile.works.total).toBe(1);
    svc.replay.requests.length = 0;
    const next = await worksPage('?page=2&perPage=20');
    expect(next).toMatchObject({ items: [], total: 1, recordCount: 62 });
    expect(svc.replay.requests.some((r) => r.path === '/works' && r.query.page === '2')).toBe(true);
  });

  it('asks OpenAlex for a page the database does not hold (a profile that loaded 1 work) and stores it', async () => {
    const worksPage = async (query: string) => WorksPage.parse(await (await svc.get(`/v1/researchers/${MEARMAN}/works${query}`)).json());
    const before = await worksPage('?perPage=100');
    expect(before.total).toBeGreaterThan(1);
    // As if the profile had loaded only the newest work: the others' authorships of him are gone.
    const [newest] = before.items;
    await svc.database.db.delete(workAuthors).where(and(eq(workAuthors.authorId, MEARMAN), ne(workAuthors.workId, newest!.id)));
    expect(await svc.database.db.select().from(workAuthors).where(eq(workAuthors.authorId, MEARMAN))).toHaveLength(1);

    svc.replay.requests.length = 0;
    const first = await worksPage('?page=1&perPage=20');
    expect(first.recordCount).toBe(before.recordCount);
    expect(first.items.length).toBe(Math.min(20, before.total));
    expect(first.items.map((w) => w.id)).toEqual(before.items.slice(0, 20).map((w) => w.id));
    expect(svc.replay.requests.some((r) => r.path === '/works' && r.query.filter === `author.id:${MEARMAN}` && r.query.page === '1' && r.query['per-page'] === '20')).toBe(true);
    // Stored now: the same page again needs no upstream call.
    svc.replay.requests.length = 0;
    await worksPage('?page=1&perPage=20');
    expect(svc.replay.requests.filter((r) => r.path === '/works')).toEqual([]);
  });

  it('answers what it holds when OpenAlex fails, still saying how many works the record counts', async () => {
    svc.replay.setFault((r) => (r.path === '/works' ? { kind: 'status', status: 503 } : null));
    const page = await worksPage('?page=3&perPage=25');
    expect(page).toMatchObject({ items: [], page: 3, recordCount: 62 });
  });
});
