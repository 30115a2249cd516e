import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/resolve';
import { SearchResponse } from '../../lib/api/profile';
import { fixture } from '../support/fixtures';
import { useTestService, type TestService } from './support/service';

const PIWOWAR = { id: 'A5048491430', orcid: '0000-0003-1613-5981' };
const PRIEM = 'A5023888391';
const MEARMAN = 'A5017898742';

interface RecordedAuthor {
  works_count: number;
  last_known_institutions: Array<{ display_name: string }>;
  topics: Array<{ display_name: string; count: number }>;
  counts_by_year: Array<{ year: number; works_count: number }>;
}
const recordedAuthor = (id: string) =>
  JSON.parse(readFileSync(fixture('openalex', 'academic-explorer-cache', 'authors', `${id}.json`), 'utf8')) as RecordedAuthor;

async function search(svc: TestService, q: string): Promise<SearchResponse> {
  const res = await svc.get(`/v1/search?q=${encodeURIComponent(q)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return SearchResponse.parse(await res.json());
}

describe('GET /v1/search', () => {
  let svc: TestService;
  useTestService((s) => (svc = s));

  it('rejects an ORCID iD whose checksum fails, with or without its URL', async () => {
    for (const q of ['0000-0003-1613-5982', 'https://orcid.org/0000-0003-1613-5982']) {
      const res = await svc.get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(400);
      expect(ApiError.parse(await res.json()).error).toMatch(/checksum/);
    }
    expect(svc.replay.requests).toEqual([]);
  });

  it('finds a researcher by ORCID iD, bare or as its URL', async () => {
    for (const q of [PIWOWAR.orcid, `https://orcid.org/${PIWOWAR.orcid}`, `orcid.org/${PIWOWAR.orcid.replace(/-/g, '')}`]) {
      const r = await search(svc, q);
      expect(r.kind).toBe('orcid');
      expect(r.candidates.map((c) => c.id)).toEqual([PIWOWAR.id]);
      expect(r.candidates[0]).toMatchObject({ name: 'Heather Piwowar', orcid: PIWOWAR.orcid });
    }
    expect(svc.replay.requests[0]!.query.filter).toBe(`orcid:${PIWOWAR.orcid}`);
  });

  it('finds a researcher by OpenAlex id or URL', async () => {
    for (const q of [PRIEM, `https://openalex.org/${PRIEM}`, `https://api.openalex.org/authors/${PRIEM}`, PRIEM.toLowerCase()]) {
      const r = await search(svc, q);
      expect(r.kind).toBe('openalex');
      expect(r.candidates.map((c) => [c.id, c.name])).toEqual([[PRIEM, 'Jason Priem']]);
    }
    const none = await search(svc, 'A9999999999');
    expect(none.candidates).toEqual([]);
  });

  it('ranks namesakes by how well the name fits, then by works, each with a hint', async () => {
    const r = await search(svc, 'Joseph Mearman');
    expect(r.kind).toBe('name');
    expect(svc.replay.requests[0]!.query).toMatchObject({ search: 'Joseph Mearman', 'per-page': '10' });
    const ids = r.candidates.map((c) => c.id);
    // Andrew Mearman has far more works, but "Joseph Mearman" is Joseph's own name.
    expect(ids[0]).toBe(MEARMAN);
    expect(ids).toContain('A5019952124');
    expect(ids.indexOf(MEARMAN)).toBeLessThan(ids.indexOf('A5019952124'));

    const record = recordedAuthor(MEARMAN);
    const years = record.counts_by_year.filter((y) => y.works_count > 0).map((y) => y.year);
    const top = [...record.topics].sort((a, b) => b.count - a.count)[0]!.display_name;
    expect(r.candidates[0]!.hint).toEqual({
      institution: record.last_known_institutions[0]!.display_name,
      topTopic: top,
      worksCount: record.works_count,
      yearsActive: [Math.min(...years), Math.max(...years)],
    });

    // The recorded answer for "mearman": all fit a one-word query equally, so works decide.
    const plain = await search(svc, 'mearman');
    const works = plain.candidates.map((c) => c.hint.worksCount);
    expect(plain.candidates).toHaveLength(8);
    expect(works).toEqual([...works].sort((a, b) => b - a));
  });

  it('asks OpenAlex once for a repeated search, and answers from the database when OpenAlex fails', async () => {
    await search(svc, 'Joseph Mearman');
    await search(svc, 'joseph mearman');
    expect(svc.replay.requests).toHaveLength(1);

    // Once his profile is stored, a search carries his snapshot, and still finds him while OpenAlex is down.
    const profile = await svc.get(`/v1/researchers/${MEARMAN}`);
    expect(profile.status).toBe(200);
    svc.searchCache.clear();
    svc.replay.setFault(() => ({ kind: 'status', status: 500 }));
    const r = await search(svc, 'J. W. Mearman');
    expect(r.candidates.map((c) => c.id)).toContain(MEARMAN);
    const joseph = r.candidates.find((c) => c.id === MEARMAN)!;
    expect(joseph.summary).toMatchObject({ id: MEARMAN, trust: { verification: 'L1' } });

    const nothing = await svc.get('/v1/search?q=Zyxwvut%20Qponml');
    expect(nothing.status).toBe(502);
  });

  it('answers 400 for a missing, too short or too long query', async () => {
    for (const path of ['/v1/search', '/v1/search?q=', '/v1/search?q=x', `/v1/search?q=${'a'.repeat(201)}`]) {
      const res = await svc.get(path);
      expect(res.status, path).toBe(400);
      expect(ApiError.parse(await res.json()).error.length).toBeGreaterThan(10);
    }
  });
});
