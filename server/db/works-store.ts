import { and, count, desc, eq, gt, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { paperLookups, workAuthors, works } from './schema';
import { fromExcluded } from './upsert';
import type { OpenAlexWork } from '../upstream/openalex-schemas';
import { toOpenAlexAuthorId, toOpenAlexWorkId, normaliseDoi, toOrcid } from '../../lib/api/ids';

/** Works with their authorships, and which work a paper look-up found: every read and write of those tables. */

export interface Stored<T> {
  value: T;
  fetchedAt: Date;
}

/** An authorship of the OpenAlex work. */
export interface WorkAuthorship {
  position: number;
  authorId: string | null;
  rawName: string | null;
  displayName: string | null;
  orcid: string | null;
}

export interface StoredAuthorship extends WorkAuthorship {
  institutionIds: string[];
}

/** A stored work as the trust inputs need it. */
export interface StoredWork {
  id: string;
  type: string | null;
  publicationYear: number | null;
  isRetracted: boolean;
  /** Field of the work's primary topic (OpenAlex), for topical coherence. */
  primaryField: string | null;
  authorships: StoredAuthorship[];
}

export async function getLookups(db: Db, keys: string[]): Promise<Map<string, Stored<string | null>>> {
  if (keys.length === 0) return new Map();
  const rows = await db.select().from(paperLookups).where(inArray(paperLookups.key, keys));
  return new Map(rows.map((r) => [r.key, { value: r.workId, fetchedAt: r.fetchedAt }]));
}

export async function putLookup(db: Db, key: string, workId: string | null, now: Date): Promise<void> {
  await db
    .insert(paperLookups)
    .values({ key, workId, fetchedAt: now })
    .onConflictDoUpdate({ target: paperLookups.key, set: { workId, fetchedAt: now } });
}

export async function getWork(db: Db, id: string): Promise<Stored<OpenAlexWork> | null> {
  const [row] = await db.select({ record: works.record, fetchedAt: works.fetchedAt }).from(works).where(eq(works.id, id));
  return row ? { value: row.record, fetchedAt: row.fetchedAt } : null;
}

/** The work's authorships in order, normalised (short ids, bare ORCID iDs). */
export function authorshipsOf(work: OpenAlexWork): StoredAuthorship[] {
  return work.authorships.map((a, i) => ({
    position: i + 1,
    authorId: toOpenAlexAuthorId(a.author.id),
    rawName: a.raw_author_name,
    displayName: a.author.display_name,
    orcid: toOrcid(a.author.orcid),
    institutionIds: a.institutions.map((inst) => inst.id).filter((id): id is string => id !== null),
  }));
}

export async function putWork(db: Db, work: OpenAlexWork, now: Date): Promise<string> {
  const [id] = await putWorks(db, [work], now);
  return id!;
}

/** Stores works with their authorships in one transaction (a profile stores up to 200 at once). */
export async function putWorks(db: Db, list: readonly OpenAlexWork[], now: Date): Promise<string[]> {
  const unique = new Map(list.map((w) => [toOpenAlexWorkId(w.id) ?? w.id, w]));
  if (unique.size === 0) return [];
  const rows = [...unique].map(([id, work]) => ({
    id,
    doi: normaliseDoi(work.doi),
    type: work.type,
    publicationYear: work.publication_year,
    publicationDate: work.publication_date,
    citedByCount: work.cited_by_count,
    isRetracted: work.is_retracted,
    record: work,
    fetchedAt: now,
  }));
  const authorRows = [...unique].flatMap(([id, work]) =>
    authorshipsOf(work).map((a) => ({
      workId: id,
      position: a.position,
      authorId: a.authorId,
      rawName: a.rawName ?? a.displayName ?? '',
      displayName: a.displayName,
      orcid: a.orcid,
      institutionIds: a.institutionIds,
    })),
  );
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 100) {
      await tx
        .insert(works)
        .values(rows.slice(i, i + 100))
        .onConflictDoUpdate({
          target: works.id,
          set: fromExcluded(works, ['doi', 'type', 'publicationYear', 'publicationDate', 'citedByCount', 'isRetracted', 'record', 'fetchedAt']),
        });
    }
    // Upsert rather than delete-and-insert, so two requests storing the same work at once do not collide.
    for (let i = 0; i < authorRows.length; i += 500) {
      await tx
        .insert(workAuthors)
        .values(authorRows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [workAuthors.workId, workAuthors.position],
          set: fromExcluded(workAuthors, ['authorId', 'rawName', 'displayName', 'orcid', 'institutionIds']),
        });
    }
    for (const [id, work] of unique) {
      await tx.delete(workAuthors).where(and(eq(workAuthors.workId, id), gt(workAuthors.position, work.authorships.length)));
    }
  });
  return [...unique.keys()];
}

/** Every stored work of each author, with all of that work's authorships (for co-author counts). */
export async function getWorksOfAuthors(db: Db, authorIds: string[]): Promise<Map<string, StoredWork[]>> {
  const byAuthor = new Map<string, StoredWork[]>(authorIds.map((id) => [id, []]));
  if (authorIds.length === 0) return byAuthor;
  const links = await db
    .selectDistinct({ authorId: workAuthors.authorId, workId: workAuthors.workId })
    .from(workAuthors)
    .where(inArray(workAuthors.authorId, authorIds));
  const workIds = [...new Set(links.map((l) => l.workId))];
  if (workIds.length === 0) return byAuthor;
  const [workRows, authorRows] = await Promise.all([
    db
      .select({
        id: works.id,
        type: works.type,
        publicationYear: works.publicationYear,
        isRetracted: works.isRetracted,
        primaryField: sql<string | null>`${works.record}->'primary_topic'->'field'->>'display_name'`,
      })
      .from(works)
      .where(inArray(works.id, workIds)),
    db.select().from(workAuthors).where(inArray(workAuthors.workId, workIds)).orderBy(workAuthors.workId, workAuthors.position),
  ]);
  const stored = new Map<string, StoredWork>(workRows.map((w) => [w.id, { ...w, authorships: [] }]));
  for (const r of authorRows) {
    stored.get(r.workId)?.authorships.push({
      position: r.position,
      authorId: r.authorId,
      rawName: r.rawName,
      displayName: r.displayName,
      orcid: r.orcid,
      institutionIds: r.institutionIds,
    });
  }
  for (const l of links) {
    const w = stored.get(l.workId);
    if (w && l.authorId) byAuthor.get(l.authorId)?.push(w);
  }
  return byAuthor;
}

/** DOIs of the author's stored works (met on pages, or the newest 200 once their profile is built). */
export async function storedDoisOfAuthor(db: Db, authorId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ doi: works.doi })
    .from(workAuthors)
    .innerJoin(works, eq(works.id, workAuthors.workId))
    .where(and(eq(workAuthors.authorId, authorId), isNotNull(works.doi)));
  return new Set(rows.map((r) => r.doi).filter((d): d is string => d !== null));
}

/** One page of the author's stored works, newest first (undated works last), and how many there are in all. */
export async function worksPageOfAuthor(
  db: Db,
  authorId: string,
  q: { since?: string | undefined; limit: number; offset: number },
): Promise<{ rows: Array<{ record: OpenAlexWork; citedByCount: number }>; total: number }> {
  const ofAuthor = inArray(works.id, db.select({ id: workAuthors.workId }).from(workAuthors).where(eq(workAuthors.authorId, authorId)));
  const where = q.since ? and(ofAuthor, gte(works.publicationDate, q.since)) : ofAuthor;
  const [rows, [total]] = await Promise.all([
    db
      .select({ record: works.record, citedByCount: works.citedByCount })
      .from(works)
      .where(where)
      .orderBy(sql`${works.publicationDate} desc nulls last`, desc(works.id))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(works).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
