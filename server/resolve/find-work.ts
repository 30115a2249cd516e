import { arxivDoi, normaliseDoi } from '../../lib/api/ids';
import { paperKey, type PaperQuery } from '../../lib/api/resolve';
import { parseName } from '../../lib/names';
import type { Db } from '../db/client';
import { UpstreamError } from '../upstream/errors';
import { type OpenAlexClient, type Schedule, toUpstreamError } from '../upstream/openalex';
import type { OpenAlexWork } from '../upstream/openalex-schemas';
import { isFresh, type Freshness } from './freshness';
import { NEW_PAPER_DAYS, latestAppearance } from './reasons';
import { getLookups, getWork, putLookup, putWork } from '../db/works-store';
import { pickWorkByTitle, type TitleQuery } from './title-match';

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

type PaperIds = Pick<PaperQuery, 'arxivId' | 'doi' | 'title' | 'year' | 'authors'>;

/** A paper named by neither identifier is looked up by its title, year and first author (title-match.ts). */
function titleQueryOf(p: PaperIds): TitleQuery | null {
  if (p.arxivId || p.doi || !p.title) return null;
  return { title: p.title, year: p.year, firstAuthor: p.authors[0]?.name };
}

/** The key papers sharing identifiers (or, without any, title, year and first author) share one look-up under. */
export function workLookupKey(p: PaperIds): string {
  const t = titleQueryOf(p);
  const byTitle = t ? `|${t.title}|${t.year ?? ''}|${t.firstAuthor ?? ''}` : '';
  return `${p.arxivId ?? ''}|${p.doi?.toLowerCase() ?? ''}${byTitle}`;
}

interface KeyState {
  key: string;
  /** DOI to ask OpenAlex for (the arXiv DOI for an arXiv id). */
  doi: string;
  /** arXiv abstract page, the second way OpenAlex files preprints; null for DOIs and for new arXiv ids. */
  landingPage: string | null;
  /** Set for a paper known only by its title: asked by title search instead of DOI. */
  title?: TitleQuery;
  result?: { workId: string; work: OpenAlexWork } | null;
  error?: UpstreamError;
}

/**
 * The OpenAlex works a request's papers name, batched over all papers: stored look-ups (hit or miss) while fresh;
 * then one `filter=doi:a|b|…` call (arXiv DOIs and DOIs, 100 a call), then one landing-page call for the arXiv ids
 * still missing. A new arXiv id skips the landing page: OpenAlex files recent preprints under their arXiv DOI. A
 * paper with neither identifier is asked by title search, one call each (title-match.ts: the one work with the same
 * normalised title, a compatible year and first author, else no match).
 * A failed call marks only its own keys; "not found" is stored only for keys whose calls answered.
 */
export async function findWorks(papers: readonly PaperIds[], ctx: FindWorkContext): Promise<Map<string, WorkLookup>> {
  const keysOf = new Map<string, KeyState[]>();
  const states = new Map<string, KeyState>();
  for (const p of papers) {
    const lookupKey = workLookupKey(p);
    if (keysOf.has(lookupKey)) continue;
    const list: KeyState[] = [];
    if (p.arxivId) {
      const latest = latestAppearance({ arxivId: p.arxivId });
      const isNew = latest !== null && ctx.now.getTime() - latest.getTime() < NEW_PAPER_DAYS * 24 * 3600 * 1000;
      list.push(stateFor(states, `arxiv:${p.arxivId}`, arxivDoi(p.arxivId), isNew ? null : `https://arxiv.org/abs/${p.arxivId}`));
    }
    if (p.doi) {
      const doi = p.doi.toLowerCase();
      list.push(stateFor(states, `doi:${doi}`, doi, null));
    }
    const t = titleQueryOf(p);
    if (t) {
      // The first author is part of the key: the same title with another first author is another question.
      const author = t.firstAuthor ? `|${parseName(t.firstAuthor).surname.join(' ')}` : '';
      const s = stateFor(states, `${paperKey({ title: t.title, year: t.year })}${author}`.slice(0, 600), '', null);
      s.title = t;
      list.push(s);
    }
    keysOf.set(lookupKey, list);
  }

  const stored = await getLookups(ctx.db, [...states.keys()]);
  const toFetch: KeyState[] = [];
  for (const s of states.values()) {
    const lookup = stored.get(s.key);
    if (lookup && lookup.value === null && isFresh(lookup.fetchedAt, ctx.freshness.missMs, ctx.now)) s.result = null;
    else if (lookup?.value && isFresh(lookup.fetchedAt, ctx.freshness.recordMs, ctx.now)) {
      try {
        const work = await storedOrRefetched(lookup.value, ctx);
        if (work) s.result = { workId: lookup.value, work };
        else toFetch.push(s);
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        s.error = toUpstreamError(error);
      }
    } else toFetch.push(s);
  }

  // A DOI holding `|` or `,` cannot go in a filter list: those few are asked one by one.
  const listable = toFetch.filter((s) => !s.title && !/[|,]/.test(s.doi));
  await fetchBy(listable, (s) => s.doi, (dois) => ctx.openalex.getWorksByDois(dois, ctx.schedule), (w) => (w.doi ? [normaliseDoi(w.doi) ?? ''] : []));
  for (const s of toFetch.filter((x) => x.title)) {
    const t = s.title!;
    await fetchBy([s], () => t.title, async () => {
      const work = pickWorkByTitle(await ctx.schedule(() => ctx.openalex.searchWorksByTitle(t.title, t.year)), t);
      return work ? [work] : [];
    }, () => [t.title]);
  }
  for (const s of toFetch.filter((x) => !x.title && !listable.includes(x))) {
    await fetchBy([s], (x) => x.doi, async ([doi]) => [await ctx.schedule(() => ctx.openalex.getWorkByDoi(doi!))].filter((w): w is OpenAlexWork => w !== null), (w) => (w.doi ? [normaliseDoi(w.doi) ?? ''] : []));
  }
  const byLanding = toFetch.filter((s) => s.result === null && s.landingPage !== null && !s.error);
  for (const s of byLanding) delete s.result;
  await fetchBy(
    byLanding,
    (s) => s.landingPage!,
    (urls) => ctx.openalex.findWorksByLandingPages(urls, ctx.schedule),
    (w) => [w.primary_location?.landing_page_url, ...w.locations.map((l) => l.landing_page_url)].filter((u): u is string => !!u),
  );
  for (const s of toFetch) {
    if (s.error || s.result === undefined) continue;
    if (s.result) s.result = { workId: await putWork(ctx.db, s.result.work, ctx.now), work: s.result.work };
    await putLookup(ctx.db, s.key, s.result?.workId ?? null, ctx.now);
  }

  const out = new Map<string, WorkLookup>();
  for (const [lookupKey, list] of keysOf) {
    const hit = list.find((s) => s.result);
    if (hit?.result) out.set(lookupKey, { found: true, ...hit.result });
    else out.set(lookupKey, { found: false, error: list.find((s) => s.error)?.error ?? null });
  }
  return out;
}

function stateFor(states: Map<string, KeyState>, key: string, doi: string, landingPage: string | null): KeyState {
  let s = states.get(key);
  if (!s) states.set(key, (s = { key, doi, landingPage }));
  return s;
}

/** One batched call for the keys' values; each key gets its work, null, or the call's error. */
async function fetchBy(
  keys: KeyState[],
  valueOf: (s: KeyState) => string,
  call: (values: string[]) => Promise<OpenAlexWork[]>,
  matchValues: (w: OpenAlexWork) => string[],
): Promise<void> {
  if (keys.length === 0) return;
  try {
    const works = await call([...new Set(keys.map(valueOf))]);
    const byValue = new Map<string, OpenAlexWork>();
    for (const w of works) for (const v of matchValues(w)) if (!byValue.has(v.toLowerCase())) byValue.set(v.toLowerCase(), w);
    for (const s of keys) {
      const work = byValue.get(valueOf(s).toLowerCase());
      s.result = work ? { workId: work.id, work } : null;
    }
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    for (const s of keys) s.error = toUpstreamError(error);
  }
}

async function storedOrRefetched(workId: string, ctx: FindWorkContext): Promise<OpenAlexWork | null> {
  const stored = await getWork(ctx.db, workId);
  if (stored && isFresh(stored.fetchedAt, ctx.freshness.recordMs, ctx.now)) return stored.value;
  const work = await ctx.schedule(() => ctx.openalex.getWork(workId));
  if (work) await putWork(ctx.db, work, ctx.now);
  return work;
}
