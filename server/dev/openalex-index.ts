import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixturesRoot } from './fixtures';

/**
 * The recorded OpenAlex responses in the shared fixtures, indexed the way the API looks things up: works by
 * id, DOI and landing page URL, authors by id. Built once per process (the DOI sample is ~3,700 works).
 */
export interface OpenAlexIndex {
  works: Map<string, JsonRecord>;
  worksByDoi: Map<string, JsonRecord>;
  worksByLandingPage: Map<string, JsonRecord[]>;
  authors: Map<string, JsonRecord>;
  /**
   * Recorded works by each author id on their authorships: the replay's own index over real recorded works, used
   * to answer `filter=author.id:` for authors without a recorded answer (a partial list, never invented works).
   */
  worksByAuthor: Map<string, JsonRecord[]>;
  /** Recorded author records by bare ORCID iD. */
  authorsByOrcid: Map<string, JsonRecord[]>;
  /** Recorded `/works?filter=author.id:A…` answers, by author id (the complete work list of that author). */
  worksOfAuthorRecorded: Map<string, JsonRecord[]>;
  /** Recorded `/authors?search=…` answers, by the query in lower case (`machine learning`, `mearman`). */
  authorSearchesRecorded: Map<string, JsonRecord[]>;
  /** The body OpenAlex sends with a 404 (HTML, not JSON). */
  notFoundHtml: string;
  /** The body OpenAlex sends for an invalid filter (HTTP 400, JSON). */
  invalidFilterJson: string;
}

export type JsonRecord = Record<string, unknown> & { id: string };

let cached: OpenAlexIndex | null = null;

export function loadOpenAlexIndex(): OpenAlexIndex {
  cached ??= buildIndex();
  return cached;
}

function buildIndex(): OpenAlexIndex {
  const root = join(fixturesRoot(), 'openalex');
  const candidates: JsonRecord[] = [];
  const worksOfAuthorRecorded = new Map<string, JsonRecord[]>();
  const authorSearchesRecorded = new Map<string, JsonRecord[]>();
  for (const file of jsonFiles(root)) {
    // Autocomplete answers are a different, partial shape; they are not records.
    if (file.includes('autocomplete')) continue;
    const body = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    collect(body, candidates);
    const name = basename(file, '.json');
    const byAuthor = name.match(/^works_filter_author_(A\d+)$/);
    if (byAuthor) worksOfAuthorRecorded.set(byAuthor[1]!, resultsOf(body));
    const search = name.match(/^authors_search_(.+)$/);
    if (search) authorSearchesRecorded.set(search[1]!.replace(/-/g, ' ').toLowerCase(), resultsOf(body));
  }
  const sample = gunzipSync(readFileSync(join(root, 'works-by-doi-sample.ndjson.gz'))).toString('utf8');
  for (const line of sample.split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as { http_status?: number; openalex_response?: unknown };
    if (entry.http_status === 200) collect(entry.openalex_response, candidates);
  }

  const works = new Map<string, JsonRecord>();
  const authors = new Map<string, JsonRecord>();
  for (const record of candidates) {
    const id = shortId(record.id);
    if (!id) continue;
    const target = id.startsWith('W') ? works : id.startsWith('A') ? authors : null;
    if (!target) continue;
    const current = target.get(id);
    if (!current || better(record, current)) target.set(id, record);
  }

  const worksByDoi = new Map<string, JsonRecord>();
  const worksByLandingPage = new Map<string, JsonRecord[]>();
  for (const work of works.values()) {
    const doi = typeof work.doi === 'string' ? bareDoi(work.doi) : null;
    if (doi) worksByDoi.set(doi, work);
    const urls = landingPagesOf(work);
    for (const url of urls) worksByLandingPage.set(url, [...(worksByLandingPage.get(url) ?? []), work]);
  }

  const worksByAuthor = new Map<string, JsonRecord[]>();
  for (const work of works.values()) {
    const ids = new Set<string>();
    for (const a of Array.isArray(work.authorships) ? (work.authorships as Array<{ author?: { id?: unknown } }>) : []) {
      const id = typeof a.author?.id === 'string' ? shortId(a.author.id) : null;
      if (id) ids.add(id);
    }
    for (const id of ids) worksByAuthor.set(id, [...(worksByAuthor.get(id) ?? []), work]);
  }
  const authorsByOrcid = new Map<string, JsonRecord[]>();
  for (const author of authors.values()) {
    const orcid = typeof author.orcid === 'string' ? author.orcid.match(/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i)?.[1]?.toUpperCase() : undefined;
    if (orcid) authorsByOrcid.set(orcid, [...(authorsByOrcid.get(orcid) ?? []), author]);
  }

  return {
    works,
    worksByAuthor,
    authorsByOrcid,
    worksByDoi,
    worksByLandingPage,
    authors,
    worksOfAuthorRecorded,
    authorSearchesRecorded,
    notFoundHtml: readFileSync(join(root, 'error_work_doi_not_found_404.html'), 'utf8'),
    invalidFilterJson: readFileSync(join(root, 'error_invalid_filter.json'), 'utf8'),
  };
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

function resultsOf(body: unknown): JsonRecord[] {
  const results: JsonRecord[] = [];
  collect(body, results);
  return results;
}

function collect(body: unknown, into: JsonRecord[]): void {
  if (!body || typeof body !== 'object') return;
  if (Array.isArray(body)) return;
  const obj = body as Record<string, unknown>;
  if (Array.isArray(obj.results)) {
    for (const r of obj.results) collect(r, into);
    return;
  }
  if (typeof obj.id === 'string') into.push(obj as JsonRecord);
}

/** A full record beats a partial one (e.g. `select=ids`); between full ones, the newer capture wins. */
function better(a: JsonRecord, b: JsonRecord): boolean {
  const full = (r: JsonRecord) => ('authorships' in r || 'works_count' in r ? 1 : 0);
  if (full(a) !== full(b)) return full(a) > full(b);
  return String(a.updated_date ?? '') > String(b.updated_date ?? '');
}

export function shortId(id: string): string | null {
  const m = id.match(/(?:^|\/)([WA]\d+)$/i);
  return m?.[1] ? m[1].toUpperCase() : null;
}

export function bareDoi(value: string): string | null {
  const m = value.trim().match(/(10\.\d{4,9}\/\S+)$/);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The landing pages a recorded work is filed under (its primary location and every other), each once. */
export function landingPagesOf(work: JsonRecord): Set<string> {
  const urls = new Set<string>();
  for (const loc of [work.primary_location, ...(Array.isArray(work.locations) ? work.locations : [])]) {
    const url = (loc as { landing_page_url?: unknown } | null)?.landing_page_url;
    if (typeof url === 'string') urls.add(url);
  }
  return urls;
}
