import { arxivDoi, normaliseDoi, toOpenAlexAuthorId, toOrcid } from '../../../lib/api/ids';
import type { PaperQuery } from '../../../lib/api/resolve';
import { nameCompatibility, parseName } from '../../../lib/names';
import type { Db } from '../../db/client';
import type { CrossrefClient } from '../../upstream/crossref';
import { UpstreamError } from '../../upstream/errors';
import { asUpstreamError, chunks } from '../../upstream/batching';
import type { OpenAlexClient, Schedule } from '../../upstream/openalex';
import type { OpenAlexAuthor, OpenAlexWork } from '../../upstream/openalex-schemas';
import type { SemanticScholarClient } from '../../upstream/semantic-scholar';
import type { S2PaperAuthor } from '../../upstream/semantic-scholar-schemas';
import { MATCH_THRESHOLD, alignAuthors } from '../align';
import { NOT_A_NAME, type Reason, namesakes, noRecordForName, paperMissing, upstreamFailure } from '../reasons';
import { authorshipsOf } from '../../db/works-store';
import { putResearchers } from '../../db/researchers-store';
import { fieldFit, fieldsOfCategory } from './arxiv-fields';
import type { BridgeAnswer, BridgedAlignment } from '../../db/paper-bridges-store';
import { type Candidate, type JointWork, decideByCoauthors, nameSplits } from './coauthor-evidence';

export interface UnindexedContext {
  db: Db;
  openalex: OpenAlexClient;
  /** Null when the service runs without Semantic Scholar (then co-author evidence alone). */
  s2: SemanticScholarClient | null;
  crossref: CrossrefClient | null;
  schedule: Schedule;
  now: Date;
}

export interface UnindexedResult {
  answer: BridgeAnswer;
  /** False when an upstream failed on the way: such an answer is not kept, the next visit asks again. */
  cacheable: boolean;
}

/** A candidate must spell the name at least this compatibly (initials agreeing: 0.85; reordered words: 0.75). */
const CANDIDATE_COMPAT = 0.75;
/** Papers of a Semantic Scholar author looked up in OpenAlex: newest first, at most this many each, and in all. */
const DOIS_PER_S2_AUTHOR = 3;
const MAX_S2_DOIS = 200;
/** Names per OpenAlex search call (`(a) OR (b) OR …`, 200 results a page): a listing batch's names in a few calls. */
const NAMES_PER_SEARCH = 25;
/** Shared-work queries per request: 3 splits pair every two of 8 names; longer author lists are paired in part. */
const MAX_SPLITS = 3;

interface Slot {
  position: number;
  name: string;
  pageOrcid: string | null;
  s2: S2PaperAuthor | null;
  crossrefOrcid: string | null;
  decided: BridgedAlignment | null;
  candidates: Candidate[];
  searchError: UpstreamError | null;
}

interface PaperState {
  key: string;
  query: PaperQuery;
  slots: Slot[];
  knownDate: string | null;
  errors: UpstreamError[];
  fields: string[];
}

/**
 * Resolves the authors of papers OpenAlex has no (usable) work for, batched over all of them: Semantic Scholar's
 * paper batch → its authors mapped to OpenAlex by ORCID iD or by papers both know; Crossref's ORCID iDs for DOIs
 * Semantic Scholar lacks; the rest by co-author evidence from OpenAlex alone (name search, then shared works).
 */
export async function resolveUnindexed(papers: ReadonlyArray<{ key: string; query: PaperQuery }>, ctx: UnindexedContext): Promise<Map<string, UnindexedResult>> {
  const states: PaperState[] = papers.map(({ key, query }) => ({
    key,
    query,
    knownDate: null,
    errors: [],
    fields: fieldsOfCategory(query.category),
    slots: query.authors.map((a, i) => ({
      position: i + 1,
      name: a.name,
      pageOrcid: toOrcid(a.orcid),
      s2: null,
      crossrefOrcid: null,
      decided: null,
      candidates: [],
      searchError: null,
    })),
  }));

  const inS2 = await fromSemanticScholar(states, ctx);
  await fromCrossref(states.filter((st) => st.query.doi && !inS2.has(st)), ctx);
  await byOrcid(states, ctx);
  await byS2Papers(states, ctx);
  await byCoauthors(states, ctx);

  const out = new Map<string, UnindexedResult>();
  for (const st of states) {
    const paperReason = paperMissing(st.query, ctx.now, st.knownDate);
    const s2Down = st.errors.find((e) => e.service === 'Semantic Scholar');
    const alignments = st.slots.map((s): BridgedAlignment => {
      if (s.decided) {
        if (s.decided.state !== 'ambiguous' || !s2Down) return s.decided;
        const reason = { code: s.decided.reason.code, text: `${s.decided.reason.text} ${upstreamFailure(s2Down).text}` };
        return { ...s.decided, reason };
      }
      if (s.searchError) return { position: s.position, state: 'unresolved', reason: upstreamFailure(s.searchError) };
      if (parseName(s.name).tokens.length === 0) return { position: s.position, state: 'unresolved', reason: NOT_A_NAME };
      return { position: s.position, state: 'unresolved', reason: noRecordForName(s.name, paperReason) };
    });
    out.set(st.key, { answer: { paperReason, alignments }, cacheable: st.errors.length === 0 });
  }
  return out;
}

function s2Id(q: PaperQuery): string {
  return q.arxivId ? `ARXIV:${q.arxivId}` : `DOI:${q.doi}`;
}

function s2Orcid(a: S2PaperAuthor): string | null {
  const v = a.externalIds.ORCID;
  return typeof v === 'string' ? toOrcid(v) : null;
}

function pageNames(st: PaperState) {
  return st.slots.map((s) => ({ position: s.position, name: s.name, orcid: s.pageOrcid ?? undefined }));
}

/** One `/paper/batch` for every paper; each page name aligned with Semantic Scholar's author list. */
async function fromSemanticScholar(states: PaperState[], ctx: UnindexedContext): Promise<Set<PaperState>> {
  const found = new Set<PaperState>();
  if (!ctx.s2 || states.length === 0) return found;
  let papers: Awaited<ReturnType<SemanticScholarClient['getPapers']>>;
  try {
    papers = await ctx.s2.getPapers(states.map((st) => s2Id(st.query)), ctx.schedule);
  } catch (error) {
    const failure = asUpstreamError('Semantic Scholar', error);
    for (const st of states) st.errors.push(failure);
    return found;
  }
  for (const st of states) {
    const paper = papers.get(s2Id(st.query));
    if (!paper) continue;
    found.add(st);
    st.knownDate = paper.publicationDate ?? (paper.year ? String(paper.year) : null);
    const authors = paper.authors.filter((a) => a.authorId && a.name);
    const aligned = alignAuthors(
      pageNames(st),
      authors.map((a, i) => ({ position: i + 1, authorId: a.authorId, rawName: a.name, displayName: null, orcid: s2Orcid(a) })),
    );
    for (const al of aligned) {
      if (al.state === 'resolved') st.slots[al.position - 1]!.s2 = authors.find((a) => a.authorId === al.authorId) ?? null;
    }
  }
  return found;
}

/** Crossref's record of each fresh DOI: its date, and the ORCID iDs the publisher deposited for its authors. */
async function fromCrossref(states: PaperState[], ctx: UnindexedContext): Promise<void> {
  if (!ctx.crossref || states.length === 0) return;
  let works: Awaited<ReturnType<CrossrefClient['getWorks']>>;
  try {
    works = await ctx.crossref.getWorks(states.map((st) => st.query.doi!), ctx.schedule);
  } catch (error) {
    const failure = asUpstreamError('Crossref', error);
    for (const st of states) st.errors.push(failure);
    return;
  }
  for (const st of states) {
    const work = works.get(st.query.doi!.toLowerCase());
    if (!work) continue;
    st.knownDate ??= work.created?.['date-time'] ?? null;
    const people = work.author.map((a, i) => ({
      position: i + 1,
      authorId: `crossref-${i}`,
      rawName: a.name ?? [a.given, a.family].filter(Boolean).join(' '),
      displayName: null,
      orcid: toOrcid(a.ORCID),
    }));
    for (const al of alignAuthors(pageNames(st), people)) {
      if (al.state !== 'resolved') continue;
      st.slots[al.position - 1]!.crossrefOrcid = people.find((p) => p.authorId === al.authorId)?.orcid ?? null;
    }
  }
}

/** One `filter=orcid:A|B|…` for every iD the page, Semantic Scholar or Crossref gives (in that order of trust). */
async function byOrcid(states: PaperState[], ctx: UnindexedContext): Promise<void> {
  const wanted: Array<{ st: PaperState; slot: Slot; orcid: string; method: 'semantic-scholar' | 'orcid' }> = [];
  for (const st of states) {
    for (const slot of st.slots) {
      const s2 = slot.s2 ? s2Orcid(slot.s2) : null;
      const orcid = slot.pageOrcid ?? s2 ?? slot.crossrefOrcid;
      if (orcid) wanted.push({ st, slot, orcid, method: !slot.pageOrcid && s2 ? 'semantic-scholar' : 'orcid' });
    }
  }
  if (wanted.length === 0) return;
  let records: OpenAlexAuthor[];
  try {
    records = await ctx.openalex.findAuthorsByOrcids([...new Set(wanted.map((w) => w.orcid))], ctx.schedule);
  } catch (error) {
    const failure = asUpstreamError('OpenAlex', error);
    for (const st of new Set(wanted.map((w) => w.st))) st.errors.push(failure);
    return;
  }
  await store(records, ctx);
  for (const w of wanted) {
    // A split record can carry the same iD twice: the fuller record is the person's.
    const match = records
      .filter((r) => toOrcid(r.orcid) === w.orcid && bestCompat(w.slot.name, r) >= MATCH_THRESHOLD)
      .sort((a, b) => b.works_count - a.works_count)[0];
    const id = match ? toOpenAlexAuthorId(match.id) : null;
    if (id) w.slot.decided = { position: w.slot.position, state: 'resolved', authorId: id, confidence: 0.95, method: w.method };
  }
}

/**
 * Semantic Scholar authors without a usable ORCID iD: their papers with DOIs (one `/author/batch`), those works in
 * OpenAlex (`filter=doi:`), and the authorship there aligned by name. The OpenAlex author most of their papers
 * point to wins, with a clear margin; no margin, no match.
 */
async function byS2Papers(states: PaperState[], ctx: UnindexedContext): Promise<void> {
  const open = states.flatMap((st) => st.slots.filter((s) => s.s2?.authorId && !s.decided).map((slot) => ({ st, slot })));
  if (!ctx.s2 || open.length === 0) return;
  const ids = [...new Set(open.map((o) => o.slot.s2!.authorId!))];
  const ownDois = new Set(states.flatMap((st) => [st.query.doi?.toLowerCase(), st.query.arxivId ? arxivDoi(st.query.arxivId) : undefined]).filter(Boolean));
  let doisOf: Map<string, string[]>;
  try {
    const authors = await ctx.s2.getAuthors(ids, ctx.schedule);
    doisOf = new Map(
      [...authors].map(([id, a]) => {
        const dois = a.papers
          .map((p) => ({ year: p.year ?? 0, doi: paperDoi(p.externalIds) }))
          .filter((p): p is { year: number; doi: string } => p.doi !== null && !ownDois.has(p.doi))
          .sort((x, y) => y.year - x.year)
          .slice(0, DOIS_PER_S2_AUTHOR)
          .map((p) => p.doi);
        return [id, dois];
      }),
    );
  } catch (error) {
    const failure = asUpstreamError('Semantic Scholar', error);
    for (const o of open) if (!o.st.errors.includes(failure)) o.st.errors.push(failure);
    return;
  }
  // Round-robin over authors so one prolific author does not use up the cap.
  const chosen: string[] = [];
  for (let round = 0; round < DOIS_PER_S2_AUTHOR && chosen.length < MAX_S2_DOIS; round++) {
    for (const id of ids) {
      const doi = doisOf.get(id)?.[round];
      if (doi && !chosen.includes(doi) && chosen.length < MAX_S2_DOIS) chosen.push(doi);
    }
  }
  if (chosen.length === 0) return;
  let works: OpenAlexWork[];
  try {
    works = await ctx.openalex.getWorksByDois(chosen, ctx.schedule);
  } catch (error) {
    const failure = asUpstreamError('OpenAlex', error);
    for (const o of open) o.st.errors.push(failure);
    return;
  }
  const byDoi = new Map(works.filter((w) => w.doi).map((w) => [normaliseDoi(w.doi)!, w]));
  for (const { slot } of open) {
    const votes = new Map<string, number>();
    for (const doi of doisOf.get(slot.s2!.authorId!) ?? []) {
      const work = byDoi.get(doi);
      if (!work || !chosen.includes(doi)) continue;
      const [al] = alignAuthors([{ position: 1, name: slot.s2!.name ?? slot.name }], authorshipsOf(work));
      if (al?.state === 'resolved') votes.set(al.authorId, (votes.get(al.authorId) ?? 0) + 1);
    }
    const [top, second] = [...votes].sort((a, b) => b[1] - a[1]);
    if (!top || (second && top[1] < 2 * second[1])) continue;
    slot.decided = { position: slot.position, state: 'resolved', authorId: top[0], confidence: top[1] >= 2 ? 0.9 : 0.75, method: 'semantic-scholar' };
  }
}

function paperDoi(ids: Record<string, string | number | null>): string | null {
  if (typeof ids.DOI === 'string') return normaliseDoi(ids.DOI);
  if (typeof ids.ArXiv === 'string') return arxivDoi(ids.ArXiv);
  return null;
}

/**
 * Name search for every name still open (when they fit in one call, the settled names too, so their records come
 * with it and need no call of their own), then shared works: for a paper with settled authors, its open names'
 * candidates against those authors; for the others, the sides of the splits of its names with candidates. One query
 * per split for all papers of the request.
 */
async function byCoauthors(states: PaperState[], ctx: UnindexedContext): Promise<void> {
  const open = states.flatMap((st) => st.slots.filter((s) => !s.decided && parseName(s.name).tokens.length > 0).map((slot) => ({ st, slot })));
  if (open.length === 0) return;

  const openNames = [...new Set(open.map((o) => o.slot.name.trim()))];
  const settledNames = states.flatMap((st) => st.slots.filter((s) => s.decided?.state === 'resolved').map((s) => s.name.trim()));
  const withSettled = [...new Set([...openNames, ...settledNames])];
  const names = withSettled.length <= NAMES_PER_SEARCH ? withSettled : openNames;
  const found: OpenAlexAuthor[] = [];
  const failed = new Map<string, UpstreamError>();
  for (const group of chunks(names, NAMES_PER_SEARCH)) {
    try {
      found.push(...(await ctx.openalex.searchAuthorsByNames(group, ctx.schedule)));
    } catch (error) {
      const failure = asUpstreamError('OpenAlex', error);
      for (const n of group) failed.set(n, failure);
    }
  }
  await store(found, ctx);
  const records = new Map<string, OpenAlexAuthor>();
  for (const r of found) {
    const id = toOpenAlexAuthorId(r.id);
    if (id) records.set(id, r);
  }
  for (const { st, slot } of open) {
    const failure = failed.get(slot.name.trim());
    if (failure) {
      slot.searchError = failure;
      st.errors.push(failure);
      continue;
    }
    slot.candidates = [...records]
      .map(([id, r]) => ({ id, compat: bestCompat(slot.name, r), worksCount: r.works_count, fieldFit: fieldFit(st.fields, r.topics) }))
      .filter((c) => c.compat >= CANDIDATE_COMPAT)
      .sort((a, b) => b.compat - a.compat || b.worksCount - a.worksCount)
      .slice(0, 8);
  }

  const joint = await sharedWorks(states, ctx);
  for (const st of states) {
    const own = new Set([st.query.doi?.toLowerCase(), st.query.arxivId ? arxivDoi(st.query.arxivId) : undefined].filter(Boolean));
    const works = [...joint.values()].filter((w) => !w.doi || !own.has(w.doi));
    // Names already settled confirm others; names left without candidates by a failure take no part.
    const slots = st.slots
      .filter((s) => (s.decided ? s.decided.state === 'resolved' : !s.searchError))
      .map((s) => ({ position: s.position, settledId: s.decided?.state === 'resolved' ? s.decided.authorId : null, candidates: s.candidates }));
    const paperReason = paperMissing(st.query, ctx.now, st.knownDate);
    for (const d of decideByCoauthors(slots, works)) {
      const slot = st.slots[d.position - 1]!;
      if (d.state === 'resolved') slot.decided = { position: d.position, state: 'resolved', authorId: d.authorId, confidence: d.confidence, method: 'coauthors' };
      else if (d.state === 'ambiguous') {
        const reason: Reason = namesakes(slot.name, d.candidateIds.length, paperReason);
        slot.decided = { position: d.position, state: 'ambiguous', candidateIds: d.candidateIds, confidence: d.confidence, method: 'coauthors', reason };
      }
    }
  }
}

/** Works with an author on each side, for every paper's sides at once (one query per split, 100 ids a side). */
async function sharedWorks(states: PaperState[], ctx: UnindexedContext): Promise<Map<string, JointWork & { doi: string | null }>> {
  const joint = new Map<string, JointWork & { doi: string | null }>();
  const involved = states.filter((st) => st.slots.some((s) => s.candidates.length > 0));
  const rounds = Math.min(MAX_SPLITS, Math.max(1, ...involved.map((st) => nameSplits(st.slots.filter((s) => s.candidates.length > 0).length).length)));
  for (let k = 0; k < rounds; k++) {
    const left = new Set<string>();
    const right = new Set<string>();
    for (const st of involved) {
      const settled = st.slots.filter((s) => s.decided?.state === 'resolved').map((s) => (s.decided as { authorId: string }).authorId);
      if (settled.length > 0) {
        // Settled authors are the strongest partners: the open names' candidates against them, in one split.
        if (k > 0) continue;
        for (const s of st.slots) for (const c of s.candidates) left.add(c.id);
        for (const id of settled) right.add(id);
        continue;
      }
      const withCandidates = st.slots.filter((s) => s.candidates.length > 0);
      const split = nameSplits(withCandidates.length)[k];
      if (!split) continue;
      withCandidates.forEach((s, i) => {
        for (const c of s.candidates) (split(i) === 0 ? left : right).add(c.id);
      });
    }
    for (const id of left) right.delete(id); // an id on both sides would match all its own works
    for (const l of chunks([...left], 100)) {
      for (const r of chunks([...right], 100)) {
        try {
          for (const w of await ctx.openalex.getWorksJoining(l, r, ctx.schedule)) {
            const authorIds = new Set(authorshipsOf(w).map((a) => a.authorId).filter((id): id is string => id !== null));
            joint.set(w.id, { id: w.id, authorIds, doi: w.doi ? normaliseDoi(w.doi) : null });
          }
        } catch (error) {
          const failure = asUpstreamError('OpenAlex', error);
          for (const st of involved) st.errors.push(failure);
        }
      }
    }
  }
  return joint;
}

function bestCompat(name: string, r: OpenAlexAuthor): number {
  return Math.max(0, ...[r.display_name, ...r.display_name_alternatives].filter(Boolean).map((n) => nameCompatibility(name, n)));
}

async function store(records: OpenAlexAuthor[], ctx: UnindexedContext): Promise<void> {
  const unique = new Map(records.map((r) => [toOpenAlexAuthorId(r.id) ?? r.id, r]));
  await putResearchers(ctx.db, [...unique.values()], ctx.now);
}
