import { type JsonRecord, type OpenAlexIndex, bareDoi, landingPagesOf, shortId } from './openalex-index';

/**
 * A variant of the recorded OpenAlex index for tests of papers OpenAlex has not indexed yet. Built only from the
 * recorded works (shared/fixtures/openalex): some works are withheld, as if not yet indexed; author records that were
 * never recorded are synthesised from the recorded authorships of the remaining works (name and its printed forms,
 * ORCID iD, works and citations counted over those works, institutions of the newest, topics from the works' primary
 * topics); namesakes are extra records a test adds under the exact name of a real author, with no works shared
 * with anyone. Nothing else is invented.
 */
export interface WorldOptions {
  /** Work ids (`W…`) OpenAlex does not have yet. */
  withhold?: Iterable<string>;
  /** Give every author of the remaining works a record (synthesised where none was recorded). */
  synthesizeAuthors?: boolean;
  /** Extra author records (namesakes). */
  extraAuthors?: JsonRecord[];
}

const derived = new Map<string, OpenAlexIndex>();

/** The derived index, built once per distinct world (several tests share one). */
export function deriveIndex(base: OpenAlexIndex, options: WorldOptions): OpenAlexIndex {
  const key = JSON.stringify({ ...options, withhold: [...(options.withhold ?? [])] });
  let index = derived.get(key);
  if (!index) derived.set(key, (index = build(base, options)));
  return index;
}

function build(base: OpenAlexIndex, options: WorldOptions): OpenAlexIndex {
  const withheld = new Set([...(options.withhold ?? [])].map((id) => id.toUpperCase()));
  const works = new Map([...base.works].filter(([id]) => !withheld.has(id)));
  const worksByDoi = new Map<string, JsonRecord>();
  const worksByLandingPage = new Map<string, JsonRecord[]>();
  const worksByAuthor = new Map<string, JsonRecord[]>();
  const mineOf = new Map<string, Authorship[]>(); // each author's authorships, in the order of worksByAuthor
  for (const work of works.values()) {
    const doi = typeof work.doi === 'string' ? bareDoi(work.doi) : null;
    if (doi) worksByDoi.set(doi, work);
    const urls = landingPagesOf(work);
    for (const url of urls) append(worksByLandingPage, url, work);
    const seen = new Set<string>();
    for (const a of authorshipsOf(work)) {
      if (!a.id || seen.has(a.id)) continue;
      seen.add(a.id);
      append(worksByAuthor, a.id, work);
      append(mineOf, a.id, a);
    }
  }

  const authors = new Map(base.authors);
  if (options.synthesizeAuthors) {
    for (const [id, theirs] of worksByAuthor) if (!authors.has(id)) authors.set(id, synthesise(id, theirs, mineOf.get(id)!));
  }
  for (const extra of options.extraAuthors ?? []) authors.set(shortId(extra.id)!, extra);
  const authorsByOrcid = new Map<string, JsonRecord[]>();
  for (const author of authors.values()) {
    const orcid = typeof author.orcid === 'string' ? author.orcid.match(/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i)?.[1]?.toUpperCase() : undefined;
    if (orcid) append(authorsByOrcid, orcid, author);
  }
  const worksOfAuthorRecorded = new Map(
    [...base.worksOfAuthorRecorded].map(([id, list]) => [id, list.filter((w) => !withheld.has(shortId(w.id) ?? ''))]),
  );
  return { ...base, works, worksByDoi, worksByLandingPage, worksByAuthor, authors, authorsByOrcid, worksOfAuthorRecorded };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Authorship {
  id: string | null;
  displayName: string | null;
  rawName: string | null;
  orcid: string | null;
  institutions: unknown[];
}

function authorshipsOf(work: JsonRecord): Authorship[] {
  const list = Array.isArray(work.authorships) ? (work.authorships as Array<Record<string, unknown>>) : [];
  return list.map((a) => {
    const author = (a.author ?? {}) as Record<string, unknown>;
    return {
      id: typeof author.id === 'string' ? shortId(author.id) : null,
      displayName: typeof author.display_name === 'string' ? author.display_name : null,
      rawName: typeof a.raw_author_name === 'string' ? a.raw_author_name : null,
      orcid: typeof author.orcid === 'string' ? author.orcid : null,
      institutions: Array.isArray(a.institutions) ? a.institutions : [],
    };
  });
}

function synthesise(id: string, works: JsonRecord[], authorships: Authorship[]): JsonRecord {
  const order = works.map((w, i) => i).sort((a, b) => String(works[b]!.publication_date ?? '').localeCompare(String(works[a]!.publication_date ?? '')));
  const mine = order.map((i) => authorships[i]!);
  const names = mine.map((a) => a.displayName).filter((n): n is string => !!n);
  const topics = new Map<string, { id: unknown; display_name: unknown; count: number; field: unknown }>();
  for (const w of works) {
    const t = w.primary_topic as { id?: unknown; display_name?: unknown; field?: unknown } | null | undefined;
    if (!t || typeof t.id !== 'string') continue;
    const current = topics.get(t.id) ?? { id: t.id, display_name: t.display_name, count: 0, field: t.field ?? null };
    current.count++;
    topics.set(t.id, current);
  }
  const years = new Map<number, { year: number; works_count: number; cited_by_count: number }>();
  for (const w of works) {
    const y = Number(w.publication_year);
    if (!Number.isInteger(y)) continue;
    const row = years.get(y) ?? { year: y, works_count: 0, cited_by_count: 0 };
    row.works_count++;
    years.set(y, row);
  }
  return {
    id: `https://openalex.org/${id}`,
    orcid: mine.find((a) => a.orcid)?.orcid ?? null,
    display_name: names[0] ?? mine[0]?.rawName ?? '',
    display_name_alternatives: [...new Set([...names, ...mine.map((a) => a.rawName).filter((n): n is string => !!n)])],
    works_count: works.length,
    cited_by_count: works.reduce((n, w) => n + (Number(w.cited_by_count) || 0), 0),
    last_known_institutions: mine[0]?.institutions ?? [],
    affiliations: [],
    topics: [...topics.values()].sort((a, b) => b.count - a.count),
    counts_by_year: [...years.values()].sort((a, b) => b.year - a.year),
    updated_date: '2026-05-19T00:00:00',
  };
}

/** A namesake: another OpenAlex author with exactly this name, no works shared with anyone on the page. */
export function namesake(id: string, name: string, options: { worksCount?: number; institution?: string; topics?: unknown[] } = {}): JsonRecord {
  return {
    id: `https://openalex.org/${id}`,
    orcid: null,
    display_name: name,
    display_name_alternatives: [name],
    works_count: options.worksCount ?? 40,
    cited_by_count: 300,
    last_known_institutions: options.institution ? [{ id: null, ror: null, display_name: options.institution, country_code: null }] : [],
    affiliations: [],
    topics: options.topics ?? [],
    counts_by_year: [],
    updated_date: '2026-05-19T00:00:00',
  };
}
