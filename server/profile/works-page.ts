import type { WorksPage } from '../../lib/api/profile';
import type { Db } from '../db/client';
import { putWorks, worksPageOfAuthor } from '../db/works-store';
import { UpstreamError } from '../upstream/errors';
import type { OpenAlexClient } from '../upstream/openalex';
import { toProfileWork } from './profile-work';

export interface WorksPageQuery {
  page: number;
  perPage: number;
  /** `YYYY-MM-DD`: only works published on or after it. */
  since?: string | undefined;
}

/** One page of the researcher's stored works, newest first (undated works last). */
export async function readWorksPage(db: Db, authorId: string, q: WorksPageQuery): Promise<WorksPage> {
  const { rows, total } = await worksPageOfAuthor(db, authorId, { since: q.since, limit: q.perPage, offset: (q.page - 1) * q.perPage });
  return {
    items: rows.map((r) => toProfileWork(r.record, r.citedByCount)),
    total,
    page: q.page,
    perPage: q.perPage,
  };
}

/**
 * A page of the record's works, not only of those stored: the header counts the record's `works_count`, so a page
 * reaching past the stored works (a record of more than 200, or one whose first load returned fewer than it
 * counts) asks OpenAlex for that page, stores it and answers from the database. An OpenAlex failure answers
 * what is stored; the list then says how many of the record's works it could show.
 */
export async function readRecordWorksPage(
  deps: { db: Db; openalex: OpenAlexClient; now: () => Date },
  authorId: string,
  recordCount: number,
  q: WorksPageQuery,
): Promise<WorksPage> {
  const stored = await readWorksPage(deps.db, authorId, q);
  if (q.since) return stored;
  const needsMore = stored.items.length < q.perPage && stored.total < recordCount && (q.page - 1) * q.perPage < recordCount;
  if (!needsMore) return { ...stored, recordCount };
  try {
    const fetched = await deps.openalex.getWorksOfAuthorPage(authorId, q.page, q.perPage);
    if (fetched.length === 0) return { ...stored, recordCount };
    await putWorks(deps.db, fetched, deps.now());
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return { ...stored, recordCount };
  }
  return { ...(await readWorksPage(deps.db, authorId, q)), recordCount };
}
