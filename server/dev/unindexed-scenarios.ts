import { ResolveResponse } from '../../lib/api/resolve';
import type { CrossrefReplay } from './crossref-replay';
import { type JsonRecord, loadOpenAlexIndex, shortId } from './openalex-index';
import type { OpenAlexReplay } from './openalex-replay';
import { s2PapersFromOpenAlex } from './s2-world';
import { type SemanticScholarReplay, recordedS2Papers } from './semantic-scholar-replay';
import { evaluationWorks } from './unindexed-evaluation';

/**
 * Upstream-call scenarios for papers OpenAlex has not indexed, shared by tests/server/unindexed.test.ts and the
 * bench (`npm run bench`): a cold new-paper abstract page, a listing batch of 25 new papers, and their repeats. The
 * "new" papers are real recorded works (shared/fixtures/openalex) withheld from the OpenAlex stand-in and given
 * arXiv ids of the current month; Semantic Scholar knows them (its recorded PaperQA answer, or records built from
 * the recorded works, see s2-world.ts).
 */
export interface UpstreamHarness {
  resolve(body: unknown): Promise<Response>;
  replay: OpenAlexReplay;
  s2: SemanticScholarReplay;
  crossref: CrossrefReplay;
}

export interface CallCount {
  openalex: number;
  semanticScholar: number;
  crossref: number;
  total: number;
}

export function resetCalls(h: UpstreamHarness): void {
  h.replay.requests.length = 0;
  h.s2.requests.length = 0;
  h.crossref.requests.length = 0;
}

export function countCalls(h: UpstreamHarness): CallCount {
  const openalex = h.replay.requests.length;
  const semanticScholar = h.s2.requests.length;
  const crossref = h.crossref.requests.length;
  return { openalex, semanticScholar, crossref, total: openalex + semanticScholar + crossref };
}

export interface ScenarioResult {
  cold: CallCount;
  repeat: CallCount;
  names: number;
  resolved: number;
  /** How many names ended in each state/method (`resolved:coauthors`, `ambiguous:coauthors`, `unresolved:no-record-for-name`). */
  outcomes: Record<string, number>;
}

const PAPERQA = 'W4389761608';
const PAPERQA_PAGE = ['Jakub Lála', "Odhran O'Donoghue", 'Aleksandar Shtedritski', 'Sam Cox', 'Samuel G. Rodriques', 'Andrew D. White'];

async function resolveTwice(h: UpstreamHarness, body: { papers: unknown[] }): Promise<ScenarioResult> {
  resetCalls(h);
  const first = await h.resolve(body);
  if (first.status !== 200) throw new Error(`resolve answered ${first.status}`);
  const answer = ResolveResponse.parse(await first.json());
  const cold = countCalls(h);
  resetCalls(h);
  const again = await h.resolve(body);
  if (again.status !== 200) throw new Error(`resolve answered ${again.status}`);
  const repeat = countCalls(h);
  const matches = answer.papers.flatMap((p) => p.authors);
  const outcomes: Record<string, number> = {};
  for (const m of matches) {
    const key = `${m.state}:${m.state === 'unresolved' ? m.reasonCode : m.method}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  return { cold, repeat, names: matches.length, resolved: matches.filter((m) => m.state === 'resolved').length, outcomes };
}

/** A new abstract page: PaperQA's authors on a paper of this month that Semantic Scholar lists and OpenAlex lacks. */
export async function coldNewPaperPage(h: UpstreamHarness, arxivId = '2605.04321', inSemanticScholar = true): Promise<ScenarioResult> {
  h.replay.setWorld({ withhold: [PAPERQA], synthesizeAuthors: true });
  if (inSemanticScholar) {
    const recorded = recordedS2Papers().find((p) => p.externalIds.ArXiv === '2312.07559')!;
    h.s2.addPapers([{ ...recorded, paperId: `new-${arxivId}`, externalIds: { ArXiv: arxivId }, year: 2026, publicationDate: '2026-05-18' }]);
  }
  return resolveTwice(h, { papers: [{ arxivId, authors: PAPERQA_PAGE.map((name) => ({ name })) }] });
}

/** A listing batch: `size` recorded works, each posted this month under a new arXiv id, all in one resolve request. */
export async function newListingBatch(h: UpstreamHarness, size = 25): Promise<ScenarioResult> {
  const index = loadOpenAlexIndex();
  const chosen = [...evaluationWorks()];
  for (const w of index.works.values()) {
    if (chosen.length >= size) break;
    const n = Array.isArray(w.authorships) ? w.authorships.length : 0;
    if (!chosen.includes(w) && n >= 2 && n <= 8) chosen.push(w);
  }
  const papers = chosen.slice(0, size);
  const ids = new Set(papers.map((w) => shortId(w.id)!));
  h.replay.setWorld({ withhold: ids, synthesizeAuthors: true });
  const others = [...index.works.values()].filter((w) => !ids.has(shortId(w.id)!));
  h.s2.addPapers([
    ...s2PapersFromOpenAlex(others),
    ...papers.flatMap((w, i) => s2PapersFromOpenAlex([w], { arxivId: newArxivId(i), year: 2026, publicationDate: '2026-05-18' })),
  ]);
  return resolveTwice(h, { papers: papers.map((w, i) => ({ arxivId: newArxivId(i), authors: pageNames(w) })) });
}

function newArxivId(i: number): string {
  return `2605.${String(10_000 + i).padStart(5, '0')}`;
}

function pageNames(w: JsonRecord): Array<{ name: string }> {
  const list = Array.isArray(w.authorships) ? (w.authorships as Array<Record<string, unknown>>) : [];
  return list.map((a) => ({ name: String(a.raw_author_name ?? (a.author as { display_name?: string } | undefined)?.display_name ?? '?') || '?' }));
}
