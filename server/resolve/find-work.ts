import { arxivDoi } from '../../lib/api/ids';
import { paperKey, type PaperQuery } from '../../lib/api/resolve';
import { parseName } from '../../lib/names';
import type { Db } from '../db/client';
import { UpstreamError } from '../upstream/errors';
import { type OpenAlexClient, type Schedule, toUpstreamError } from '../upstream/openalex';
import type { OpenAlexWork } from '../upstream/openalex-schemas';
import { isFresh, type Freshness } from './freshness';
import { getLookups, getWork, putLookup, putWork } from './store';
import { pickWorkByTitle } from './title-match';

export type WorkLookup =
  | { found: true; workId: string; work: OpenAlexWork }
  | { found: false; error: UpstreamError | null };

export interface FindWorkContext {
  db: Db;
  openalex: OpenAlexClient;
  schedule: Schedule;
  freshness: Freshness;
  now: Date;
}

/**
 * The OpenAlex work a paper query names: from the database when a fresh look-up (hit or miss) is stored; else
 * by arXiv DOI, then arXiv landing page, then the paper's DOI; a paper with neither identifier by its title
 * (title-match.ts: exact normalised title, compatible year and first author, one such work only). A failure
 * on one identifier still lets the next one answer; "not found" is stored only when no identifier failed.
 */
export async function findWork(paper: Pick<PaperQuery, 'arxivId' | 'doi' | 'title' | 'year'> & { firstAuthor?: string }, ctx: FindWorkContext): Promise<WorkLookup> {
  const keys: Array<{ key: string; fetch: () => Promise<OpenAlexWork | null> }> = [];
  if (paper.arxivId) {
    const id = paper.arxivId;
    keys.push({
      key: `arxiv:${id}`,
      fetch: async () =>
        (await ctx.schedule(() => ctx.openalex.getWorkByDoi(arxivDoi(id)))) ??
        (await ctx.schedule(() => ctx.openalex.findWorkByLandingPage(`https://arxiv.org/abs/${id}`))),
    });
  }
  if (paper.doi) {
    const doi = paper.doi.toLowerCase();
    keys.push({ key: `doi:${doi}`, fetch: () => ctx.schedule(() => ctx.openalex.getWorkByDoi(doi)) });
  }
  if (!paper.arxivId && !paper.doi && paper.title) {
    const query = { title: paper.title, year: paper.year, firstAuthor: paper.firstAuthor };
    // The first author is part of the key: the same title with another first author is another question.
    const author = paper.firstAuthor ? `|${parseName(paper.firstAuthor).surname.join(' ')}` : '';
    keys.push({
      key: `${paperKey({ title: paper.title, year: paper.year })}${author}`.slice(0, 600),
      fetch: async () => pickWorkByTitle(await ctx.schedule(() => ctx.openalex.searchWorksByTitle(query.title, query.year)), query),
    });
  }

  const stored = await getLookups(ctx.db, keys.map((k) => k.key));
  let lastError: UpstreamError | null = null;
  for (const { key, fetch } of keys) {
    try {
      const lookup = stored.get(key);
      if (lookup && lookup.value === null && isFresh(lookup.fetchedAt, ctx.freshness.missMs, ctx.now)) continue;
      if (lookup?.value && isFresh(lookup.fetchedAt, ctx.freshness.recordMs, ctx.now)) {
        const work = await storedOrRefetched(lookup.value, ctx);
        if (work) return { found: true, workId: lookup.value, work };
      }
      const work = await fetch();
      if (!work) {
        await putLookup(ctx.db, key, null, ctx.now);
        continue;
      }
      const workId = await putWork(ctx.db, work, ctx.now);
      await putLookup(ctx.db, key, workId, ctx.now);
      return { found: true, workId, work };
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      lastError = toUpstreamError(error);
    }
  }
  return { found: false, error: lastError };
}

async function storedOrRefetched(workId: string, ctx: FindWorkContext): Promise<OpenAlexWork | null> {
  const stored = await getWork(ctx.db, workId);
  if (stored && isFresh(stored.fetchedAt, ctx.freshness.recordMs, ctx.now)) return stored.value;
  const work = await ctx.schedule(() => ctx.openalex.getWork(workId));
  if (work) await putWork(ctx.db, work, ctx.now);
  return work;
}
