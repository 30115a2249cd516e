import { ResolveResponse } from '../../lib/api/resolve';
import { type JsonRecord, bareDoi, loadOpenAlexIndex, shortId } from './openalex-index';
import type { OpenAlexReplay } from './openalex-replay';
import { namesake } from './openalex-world';

/**
 * The evaluation of resolution without the paper's work: real recorded OpenAlex works (shared/fixtures/openalex) on
 * which at least two authors share another recorded work, each withheld in turn from the OpenAlex stand-in as if not
 * yet indexed, with a namesake for every author (another record with exactly their OpenAlex name and more works,
 * sharing no work with anyone). The page shows the names as printed on the work (`raw_author_name`).
 *
 * Counted: wrong = resolved to another record than the authorship's own (of all resolved names), apart from split
 * records (OpenAlex itself lists the record given as an author of another version of the same paper, same title:
 * the same person under two ids), which are counted and shown on their own; recall = resolved right among the
 * authors OpenAlex knows from other works who share one of them with a co-author on the page.
 */
export interface EvaluationHarness {
  resolve(body: unknown): Promise<Response>;
  replay: Pick<OpenAlexReplay, 'setWorld'>;
}

export interface EvaluationResult {
  papers: number;
  names: number;
  resolved: number;
  wrong: number;
  /** Resolved to another OpenAlex record of the same person (a split record on another version of the paper). */
  splitRecords: number;
  ambiguous: number;
  eligible: number;
  eligibleResolvedRight: number;
  byMethod: Record<string, number>;
  /** Requests that did not answer 200. */
  failures: number;
  /** Each wrong match: work, page name, the authorship's record, the record given, how. */
  mistakes: string[];
}

interface Authorship {
  id: string | null;
  name: string;
  displayName: string | null;
}

function authorshipsOf(work: JsonRecord): Authorship[] {
  const list = Array.isArray(work.authorships) ? (work.authorships as Array<Record<string, unknown>>) : [];
  return list.map((a) => {
    const author = (a.author ?? {}) as Record<string, unknown>;
    const displayName = typeof author.display_name === 'string' ? author.display_name : null;
    return { id: typeof author.id === 'string' ? shortId(author.id) : null, name: String(a.raw_author_name ?? displayName ?? ''), displayName };
  });
}

/** Recorded works with an identifier a page shows, 2–12 authors, at least two of whom share another recorded work. */
export function evaluationWorks(): JsonRecord[] {
  const index = loadOpenAlexIndex();
  const out: JsonRecord[] = [];
  for (const work of index.works.values()) {
    if (typeof work.doi !== 'string') continue;
    const ids = authorshipsOf(work).map((a) => a.id).filter((x): x is string => x !== null);
    if (ids.length < 2 || ids.length > 12) continue;
    if (ids.filter((id) => sharesWithCoauthor(id, ids, work)).length >= 2) out.push(work);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function sharesWithCoauthor(id: string, paperIds: string[], withheld: JsonRecord): boolean {
  const index = loadOpenAlexIndex();
  return (index.worksByAuthor.get(id) ?? []).some(
    (w) => w !== withheld && authorshipsOf(w).some((a) => a.id !== null && a.id !== id && paperIds.includes(a.id)),
  );
}

/**
 * OpenAlex lists `authorId` on another version of `work` (a preprint and its journal version): a work whose title,
 * as words, is the same or holds the other's (of at least five words, e.g. "ChemCrow: Augmenting…" and "Augmenting…").
 */
function onAnotherVersion(authorId: string, work: JsonRecord): boolean {
  const title = normalisedTitle(work);
  if (title.split(' ').length < 5) return false;
  return (loadOpenAlexIndex().worksByAuthor.get(authorId) ?? []).some((w) => {
    const other = normalisedTitle(w);
    return w !== work && other.split(' ').length >= 5 && (other.includes(title) || title.includes(other));
  });
}

function normalisedTitle(work: JsonRecord): string {
  return String(work.title ?? work.display_name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export async function evaluateWithheldWorks(harness: EvaluationHarness, works = evaluationWorks()): Promise<EvaluationResult> {
  const result: EvaluationResult = { papers: 0, names: 0, resolved: 0, wrong: 0, splitRecords: 0, ambiguous: 0, eligible: 0, eligibleResolvedRight: 0, byMethod: {}, failures: 0, mistakes: [] };
  for (const work of works) {
    const authorships = authorshipsOf(work);
    const ids = authorships.map((a) => a.id).filter((x): x is string => x !== null);
    const namesakes = authorships
      .filter((a) => a.id && a.displayName)
      .map((a) => namesake(`A9${a.id!.slice(1).padStart(10, '0').slice(-10)}`, a.displayName!, { worksCount: 500 }));
    harness.replay.setWorld({ withhold: [shortId(work.id)!], synthesizeAuthors: true, extraAuthors: namesakes });
    const doi = bareDoi(String(work.doi))!;
    const arxivId = doi.match(/^10\.48550\/arxiv\.(.+)$/)?.[1];
    const query = { ...(arxivId ? { arxivId } : { doi }), authors: authorships.map((a) => ({ name: a.name || '?' })) };
    const res = await harness.resolve({ papers: [query] });
    result.papers++;
    if (res.status !== 200) {
      result.failures++;
      continue;
    }
    const answer = ResolveResponse.parse(await res.json()).papers[0]!;
    answer.authors.forEach((match, i) => {
      const truth = authorships[i]!.id;
      result.names++;
      const eligible = truth !== null && sharesWithCoauthor(truth, ids, work);
      if (eligible) result.eligible++;
      if (match.state === 'ambiguous') result.ambiguous++;
      if (match.state !== 'resolved') return;
      result.resolved++;
      result.byMethod[match.method ?? 'none'] = (result.byMethod[match.method ?? 'none'] ?? 0) + 1;
      const given = match.researcher?.id ?? null;
      if (given === truth) {
        if (eligible) result.eligibleResolvedRight++;
        return;
      }
      const line = `${shortId(work.id)} “${authorships[i]!.name}”: ${truth ?? 'no record'} → ${given} (${match.method})`;
      if (given && onAnotherVersion(given, work)) {
        result.splitRecords++;
        result.mistakes.push(`split record of the same person, ${line}`);
      } else {
        result.wrong++;
        result.mistakes.push(`wrong: ${line}`);
      }
    });
  }
  harness.replay.setWorld(null);
  return result;
}

export function describeEvaluation(r: EvaluationResult): string[] {
  const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
  return [
    `${r.papers} real works withheld one at a time, a namesake for every author; ${r.names} names on their pages`,
    `wrong person: ${r.wrong} of ${r.resolved} resolved (${pct(r.wrong, r.resolved)}; budget ≤ 1%)`,
    `resolved right: ${r.eligibleResolvedRight} of ${r.eligible} authors OpenAlex knows from a work shared with a co-author on the page (${pct(r.eligibleResolvedRight, r.eligible)}; goal ≥ 60%)`,
    `split records: ${r.splitRecords} (the record given is the same person's other OpenAlex id, on another version of the paper)`,
    ...r.mistakes.map((m) => `  ${m}`),
    `ambiguous: ${r.ambiguous}; resolved by method: ${Object.entries(r.byMethod).map(([m, n]) => `${m} ${n}`).join(', ') || 'none'}; failed requests: ${r.failures}`,
  ];
}
