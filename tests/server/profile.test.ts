import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/resolve';
import { ResearcherProfile, WorksPage } from '../../lib/api/profile';
import { fixture } from '../support/fixtures';
import { loadOpenAlexIndex } from '../../server/dev/openalex-index';
import { useTestService, type TestService } from './support/service';

/**
 * Profiles built from the recorded OpenAlex data. Every expected number is worked out here from the fixture
 * files themselves (authorships, dates, abstracts), not by calling the service's own code.
 */

interface RecordedWork {
  id: string;
  publication_date: string | null;
  type: string;
  is_retracted: boolean;
  cited_by_count: number;
  title: string | null;
  doi: string | null;
  primary_location: { source: { display_name: string } | null } | null;
  abstract_inverted_index: Record<string, number[]> | null;
  authorships: Array<{ author: { id: string; orcid: string | null }; institutions: Array<{ id: string }> }>;
}

const MEARMAN = 'A5017898742';
const PRIEM = 'A5023888391';
const DAY = 24 * 3600 * 1000;

const short = (url: string) => url.replace('https://openalex.org/', '');
const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(fixture('openalex', ...parts), 'utf8')) as T;
const mearmanWorks = () =>
  readJson<{ results: RecordedWork[] }>('academic-explorer-cache', 'works', `works_filter_author_${MEARMAN}.json`).results;
const mearmanRecord = () =>
  readJson<{ display_name_alternatives: string[]; affiliations: Array<{ institution: { id: string; display_name: string }; years: number[] }> }>(
    'academic-explorer-cache', 'authors', `${MEARMAN}.json`,
  );

/** Co-authors of `me` in `works`: shared works per co-author, and who carried an ORCID iD on an authorship. */
function network(me: string, works: RecordedWork[]) {
  const shared = new Map<string, number>();
  const withOrcid = new Set<string>();
  const institutions = new Set<string>();
  for (const w of works) {
    const others = new Set<string>();
    for (const a of w.authorships) {
      const id = short(a.author.id);
      if (id === me) continue;
      others.add(id);
      if (a.author.orcid) withOrcid.add(id);
      a.institutions.forEach((i) => institutions.add(i.id));
    }
    others.forEach((o) => shared.set(o, (shared.get(o) ?? 0) + 1));
  }
  const close = [...shared].filter(([, n]) => n >= 2);
  return { shared, close: new Map(close), withOrcid, institutions };
}

function rebuilt(index: Record<string, number[]>): string {
  return Object.entries(index)
    .flatMap(([word, positions]) => positions.map((p) => [p, word] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, w]) => w)
    .join(' ');
}

async function profileOf(svc: TestService, path: string): Promise<ResearcherProfile> {
  const res = await svc.get(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return ResearcherProfile.parse(await res.json());
}

const inputValue = (p: ResearcherProfile, part: string, label: string) =>
  p.breakdown.parts.find((x) => x.key === part)!.inputs.find((i) => i.label.startsWith(label))!.value;

describe('GET /v1/researchers/:id', () => {
  let svc: TestService;
  useTestService((s) => (svc = s));

  it('builds the profile of a recorded author from their record, all their works and their collaborators', async () => {
    const works = mearmanWorks();
    const record = mearmanRecord();
    const net = network(MEARMAN, works);
    expect(works).toHaveLength(9);
    expect(net.close.size).toBe(11); // two with 8 shared works, one with 3, eight with 2

    const p = await profileOf(svc, `/v1/researchers/${MEARMAN}`);
    // One author record, one page of works, one batch of collaborators' records.
    expect(svc.replay.requests.map((r) => r.path)).toEqual([`/authors/${MEARMAN}`, '/works', '/authors']);
    expect(svc.replay.requests[1]!.query).toMatchObject({ filter: `author.id:${MEARMAN}`, sort: 'publication_date:desc', 'per-page': '200' });
    expect(svc.replay.requests[2]!.query.filter!.replace(/^id:/, '').split('|').sort()).toEqual([...net.close.keys()].sort());

    expect(p.summary).toMatchObject({ id: MEARMAN, name: 'Joseph Mearman', orcid: null, affiliation: 'Bangor University' });
    expect(p.otherNames).toEqual(record.display_name_alternatives.filter((n) => n !== 'Joseph Mearman'));
    expect(p.openAlexUrl).toBe(`https://openalex.org/${MEARMAN}`);
    expect(p.mergedFrom).toBeNull();
    expect(p.stale).toBe(false);
    expect(p.builtAt).toBe(svc.clock.now.toISOString());

    expect(p.summary.counts.closeCollaborators).toBe(net.close.size);
    expect(p.collaborators.map((c) => [c.summary.id, c.sharedWorks]).sort()).toEqual([...net.close].sort());
    expect(p.collaborators.map((c) => c.sharedWorks)).toEqual([...net.close.values()].sort((a, b) => b - a));
    expect(p.collaborators.every((c) => c.summary.trust.score !== null)).toBe(true);

    // The network and integrity parts follow from the nine works.
    expect(inputValue(p, 'network', 'Co-authors')).toBe(net.shared.size);
    expect(inputValue(p, 'network', 'Close collaborators')).toBe(net.close.size);
    const closeWithOrcid = [...net.close.keys()].filter((id) => net.withOrcid.has(id)).length;
    expect(inputValue(p, 'network', 'Share of close collaborators')).toBeCloseTo(closeWithOrcid / net.close.size, 9);
    expect(inputValue(p, 'network', 'Distinct institutions')).toBe(net.institutions.size);
    const preprints = works.filter((w) => w.type === 'preprint').length;
    expect(inputValue(p, 'trackRecord', 'Share of works that are not preprints')).toBeCloseTo((works.length - preprints) / works.length, 9);
    expect(inputValue(p, 'integrity', 'Works not retracted')).toBe(9 - works.filter((w) => w.is_retracted).length);
    expect(p.breakdown.parts.find((x) => x.key === 'network')!.inputs[0]!.source).toMatch(/the 9 newest works loaded from OpenAlex/);
    expect(p.breakdown.verification).toBe('L1'); // no ORCID iD on any of his authorships
    expect(p.breakdown.score).toBe(p.summary.trust.score);
    const sum = p.breakdown.parts.reduce((n, x) => n + x.points, 0) + p.breakdown.penalties.reduce((n, x) => n + x.points, 0);
    expect(p.breakdown.rawScore).toBeCloseTo(sum, 9);
    expect(p.summary.trust.score).toBe(Math.floor(sum));

    expect(p.institutions).toEqual([
      { id: 'I161548249', name: 'Bangor University', ror: 'https://ror.org/006jb1a24', country: 'GB', years: [...record.affiliations[0]!.years].sort() },
    ]);
    expect(p.topics.length).toBe(p.summary.counts.topics);
    expect(p.topics.every((t) => t.share > 0 && t.share <= 1)).toBe(true);

    // Works: all nine, newest first, with venue, ids, retraction status and citations.
    // Same-day works (two on 2014-11-09) come in a stable order: higher id first.
    const newestFirst = [...works].sort((a, b) => (b.publication_date ?? '').localeCompare(a.publication_date ?? '') || b.id.localeCompare(a.id));
    expect(p.works.total).toBe(9);
    expect(p.works.items.map((w) => w.id)).toEqual(newestFirst.map((w) => short(w.id)));
    const arxiv = p.works.items.find((w) => w.id === 'W3188841554')!;
    expect(arxiv).toMatchObject({ type: 'preprint', year: 2021, venue: 'arXiv (Cornell University)', doi: '10.48550/arxiv.2108.04680', arxivId: '2108.04680', retracted: false });
    const first = works.find((w) => short(w.id) === 'W2250748100')!;
    const served = p.works.items.find((w) => w.id === 'W2250748100')!;
    expect(served).toMatchObject({ title: first.title, venue: first.primary_location!.source!.display_name, citedBy: first.cited_by_count, doi: '10.1145/2795233', arxivId: null });
    expect(served.abstract).toBe(rebuilt(first.abstract_inverted_index!));
    expect(served.abstract!.split(' ').length).toBeGreaterThan(50);
    expect(p.works.items.find((w) => w.id === 'W3200026003')!.abstract).toBeNull();
  });

  it('answers a fresh profile from the database without any upstream call', async () => {
    await profileOf(svc, `/v1/researchers/${MEARMAN}`);
    svc.replay.requests.length = 0;
    const again = await profileOf(svc, `/v1/researchers/${MEARMAN.toLowerCase()}`);
    expect(svc.replay.requests).toEqual([]);
    expect(again.summary.id).toBe(MEARMAN);
    expect(again.stale).toBe(false);
  });

  it('pages works newest first and filters them by publication date', async () => {
    const dates = mearmanWorks().map((w) => w.publication_date!).sort().reverse();
    const page2 = await profileOf(svc, `/v1/researchers/${MEARMAN}?page=2&perPage=4`);
    expect(page2.works).toMatchObject({ total: 9, page: 2, perPage: 4 });
    expect(page2.works.items).toHaveLength(4);

    const all = WorksPage.parse(await (await svc.get(`/v1/researchers/${MEARMAN}/works?perPage=100`)).json());
    expect(all.items.slice(4, 8).map((w) => w.id)).toEqual(page2.works.items.map((w) => w.id));
    const last = WorksPage.parse(await (await svc.get(`/v1/researchers/${MEARMAN}/works?page=3&perPage=4`)).json());
    expect(last.items).toHaveLength(1);

    const since = '2019-01-01';
    const recent = WorksPage.parse(await (await svc.get(`/v1/researchers/${MEARMAN}/works?since=${since}`)).json());
    expect(recent.total).toBe(dates.filter((d) => d >= since).length);
    expect(recent.items.map((w) => w.year)).toEqual([2021, 2021, 2019]);

    for (const bad of ['?perPage=101', '?page=0', '?page=x', '/works?since=2019-02-30', '/works?since=yesterday']) {
      const path = bad.startsWith('/works') ? `/v1/researchers/${MEARMAN}${bad}` : `/v1/researchers/${MEARMAN}${bad}`;
      const res = await svc.get(path);
      expect(res.status, bad).toBe(400);
      expect(ApiError.parse(await res.json()).issues?.length).toBeGreaterThan(0);
    }
  });

  it('builds a PeerJ author’s profile from the recorded works they appear in', async () => {
    // The replay answers Priem's work list from its index over the recorded works (he has no recorded list).
    const works = [...(loadOpenAlexIndex().worksByAuthor.get(PRIEM) ?? [])] as unknown as RecordedWork[];
    const net = network(PRIEM, works);
    expect(works.length).toBeGreaterThan(0);

    const p = await profileOf(svc, `/v1/researchers/${PRIEM}`);
    expect(p.summary).toMatchObject({ id: PRIEM, name: 'Jason Priem', orcid: '0000-0001-6187-6610' });
    expect(p.summary.counts.works).toBe(62); // OpenAlex's own count, beyond the recorded works
    expect(p.works.total).toBe(works.length);
    expect(p.summary.trust.verification).toBe('L2'); // his authorship on the PeerJ paper carries his ORCID iD
    expect(p.summary.counts.closeCollaborators).toBe(net.close.size);
    expect(p.collaborators.map((c) => c.summary.id).sort()).toEqual([...net.close.keys()].sort());
    expect(inputValue(p, 'network', 'Co-authors')).toBe(net.shared.size);
  });

  it('answers 400 for what is not an OpenAlex author id and 404 JSON for an id OpenAlex does not know', async () => {
    for (const bad of ['W2741809807', '5023888391', 'A12', 'jason-priem']) {
      const res = await svc.get(`/v1/researchers/${bad}`);
      expect(res.status, bad).toBe(400);
      expect(ApiError.parse(await res.json()).error).toMatch(/not an OpenAlex author id/);
    }
    const res = await svc.get('/v1/researchers/A9999999999');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(ApiError.parse(await res.json()).error).toMatch(/no author A9999999999/);
    const works = await svc.get('/v1/researchers/A9999999999/works');
    expect(works.status).toBe(404);
  });

  it('follows a merged id to the record that replaced it, and remembers the merge', async () => {
    // Test-only merge rule over real records: OpenAlex answers a merged id with a 301 to the surviving one.
    svc.replay.setMerges({ A1000000001: PRIEM });
    const p = await profileOf(svc, '/v1/researchers/A1000000001');
    expect(p.summary.id).toBe(PRIEM);
    expect(p.mergedFrom).toBe('A1000000001');
    expect(svc.replay.requests[0]!.path).toBe('/authors/A1000000001');

    svc.replay.requests.length = 0;
    const again = await profileOf(svc, '/v1/researchers/A1000000001');
    expect(again).toMatchObject({ mergedFrom: 'A1000000001', summary: { id: PRIEM } });
    expect(svc.replay.requests).toEqual([]);
  });

  it('shows a "Deleted Author" record as name only: no score, no works', async () => {
    const p = await profileOf(svc, '/v1/researchers/A5317838346');
    expect(p.summary).toMatchObject({ name: 'Deleted Author', affiliation: null, counts: { works: 0, closeCollaborators: 0, topics: 0 } });
    expect(p.summary.trust).toMatchObject({ verification: 'L0', score: null, band: null });
    expect(p.breakdown.parts).toHaveLength(5);
    expect(p).toMatchObject({ works: { total: 0, items: [] }, collaborators: [], topics: [], institutions: [], otherNames: [] });
  });

  it('serves a stale profile at once and rebuilds it once in the background', async () => {
    await profileOf(svc, `/v1/researchers/${MEARMAN}`);
    const saved = svc.clock.now;
    svc.clock.now = new Date(saved.getTime() + 8 * DAY);
    try {
      svc.replay.requests.length = 0;
      svc.replay.setFault(() => ({ kind: 'delay', ms: 80 }));
      const [a, b] = await Promise.all([profileOf(svc, `/v1/researchers/${MEARMAN}`), profileOf(svc, `/v1/researchers/${MEARMAN}`)]);
      expect(a.stale && b.stale).toBe(true);
      expect(a.builtAt).toBe(saved.toISOString());
      expect(svc.builds.isBuilding(MEARMAN)).toBe(true); // answered before the rebuild finished
      await svc.builds.idle();
      expect(svc.replay.requests.filter((r) => r.path === `/authors/${MEARMAN}`)).toHaveLength(1);

      const rebuilt = await profileOf(svc, `/v1/researchers/${MEARMAN}`);
      expect(rebuilt).toMatchObject({ stale: false, builtAt: svc.clock.now.toISOString() });
    } finally {
      svc.clock.now = saved;
    }
  });

  it('logs a failed background rebuild and keeps serving the stale profile', async () => {
    await profileOf(svc, `/v1/researchers/${MEARMAN}`);
    const saved = svc.clock.now;
    svc.clock.now = new Date(saved.getTime() + 30 * DAY);
    try {
      svc.buildLog.length = 0;
      svc.replay.setFault(() => ({ kind: 'status', status: 503 }));
      const p = await profileOf(svc, `/v1/researchers/${MEARMAN}`);
      expect(p.stale).toBe(true);
      await svc.builds.idle();
      expect(svc.buildLog).toEqual([expect.stringMatching(new RegExp(`${MEARMAN}.*503`))]);
      expect((await profileOf(svc, `/v1/researchers/${MEARMAN}`)).stale).toBe(true);
    } finally {
      svc.clock.now = saved;
      await svc.builds.idle();
    }
  });

  it('answers 502 when a profile never built cannot be loaded from OpenAlex', async () => {
    svc.replay.setFault(() => ({ kind: 'status', status: 500 }));
    const res = await svc.get('/v1/researchers/A5019952124/works');
    expect(res.status).toBe(502);
    expect(ApiError.parse(await res.json()).error).toMatch(/OpenAlex/);
  });
});
