import { and, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { WorksPage } from '../../lib/api/profile';
import type { Db } from '../db/client';
import { workAuthors, works } from '../db/schema';
import { toProfileWork } from './profile-work';

export interface WorksPageQuery {
  page: number;
  perPage: number;
  /** `YYYY-MM-DD`: only works published on or after it. */
  since?: string | undefined;
}

/** One page of the researcher's stored works, newest first (undated works last). */
export async function readWorksPage(db: Db, authorId: string, q: WorksPageQuery): Promise<WorksPage> {
  const ofAuthor = inArray(works.id, db.select({ id: workAuthors.workId }).from(workAuthors).where(eq(workAuthors.authorId, authorId)));
  const where = q.since ? and(ofAuthor, gte(works.publicationDate, q.since)) : ofAuthor;
  const [rows, [total]] = await Promise.all([
    db
      .select({ record: works.record, citedByCount: works.citedByCount })
      .from(works)
      .where(where)
      .orderBy(sql`${works.publicationDate} desc nulls last`, desc(works.id))
      .limit(q.perPage)
      .offset((q.page - 1) * q.perPage),
    db.select({ n: count() }).from(works).where(where),
  ]);
  return {
    items: rows.map((r) => toProfileWork(r.record, r.citedByCount)),
    total: total?.n ?? 0,
    page: q.page,
    perPage: q.perPage,
  };
}
