/**
 * Papers known only by their title (Google Scholar, dblp, proceedings pages): the wire contract admits a
 * title and year where no identifier exists, and the service takes OpenAlex's work only on an exact
 * normalised title with a compatible year and first author; anything less leaves the authors unresolved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ResolveRequest, ResolveResponse, normalizeTitle, paperKey } from '../../lib/api/resolve';
import { pickWorkByTitle } from '../../server/resolve/title-match';
import { OpenAlexWork } from '../../server/upstream/openalex-schemas';
import { fixture } from '../support/fixtures';
import { useTestService, type TestService } from './support/service';

const STATE_OF_OA = 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles';
const PEERJ_NAMES = ['Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias', 'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein'];
const PEERJ_IDS = ['A5048491430', 'A5023888391', 'A5068542997', 'A5085171399', 'A5066880338', 'A5015414792', 'A5062989025', 'A5046879461', 'A5014077037'];
const recorded = OpenAlexWork.parse(JSON.parse(readFileSync(fixture('openalex', 'work_W2741809807_state-of-oa.json'), 'utf8')));

describe('the wire contract', () => {
  it('admits a title and year for a paper without identifiers, and still refuses a paper with nothing to look up', () => {
    expect(ResolveRequest.safeParse({ papers: [{ title: STATE_OF_OA, year: 2018, authors: [{ name: 'Heather Piwowar' }] }] }).success).toBe(true);
    expect(ResolveRequest.safeParse({ papers: [{ authors: [{ name: 'Heather Piwowar' }] }] }).success).toBe(false);
    expect(ResolveRequest.safeParse({ papers: [{ title: ' ', authors: [{ name: 'A B' }] }] }).success).toBe(false);
    expect(ResolveRequest.safeParse({ papers: [{ title: 'x'.repeat(501), authors: [{ name: 'A B' }] }] }).success).toBe(false);
    expect(ResolveRequest.safeParse({ papers: [{ title: 'T', url: 'https://scholar.google.com/', authors: [{ name: 'A B' }] }] }).success).toBe(false);
  });

  it('keys a title-only paper by its normalised title and year', () => {
    expect(normalizeTitle('  The State of OA:  a Large-Scale Analysis… ')).toBe('the state of oa a large scale analysis');
    expect(paperKey({ title: 'Attention Is All You Need.', year: 2017 })).toBe('title:attention is all you need|2017');
    expect(paperKey({ doi: '10.1/X', title: 'ignored' })).toBe('doi:10.1/x');
  });
});

describe('pickWorkByTitle', () => {
  const other = { ...recorded, id: 'https://openalex.org/W1', authorships: recorded.authorships.slice(1) };

  it('takes the one work with the exact normalised title, a compatible year and first author', () => {
    expect(pickWorkByTitle([recorded], { title: STATE_OF_OA.toUpperCase(), year: 2018, firstAuthor: 'H. Piwowar' })?.id).toBe(recorded.id);
    expect(pickWorkByTitle([recorded], { title: STATE_OF_OA })?.id).toBe(recorded.id);
  });

  it('takes nothing on a near title, another year, another first author, or two candidates', () => {
    expect(pickWorkByTitle([recorded], { title: 'The state of OA', firstAuthor: 'Heather Piwowar' })).toBeNull();
    expect(pickWorkByTitle([recorded], { title: STATE_OF_OA, year: 2012, firstAuthor: 'Heather Piwowar' })).toBeNull();
    expect(pickWorkByTitle([recorded], { title: STATE_OF_OA, firstAuthor: 'Jason Priem' })).toBeNull();
    expect(pickWorkByTitle([recorded, { ...recorded, id: 'https://openalex.org/W2' }], { title: STATE_OF_OA, firstAuthor: 'Heather Piwowar' })).toBeNull();
    expect(pickWorkByTitle([recorded, other], { title: STATE_OF_OA, firstAuthor: 'Heather Piwowar' })?.id).toBe(recorded.id);
  });
});

describe('POST /v1/resolve for a paper known only by its title', () => {
  let svc: TestService;
  useTestService((s) => (svc = s));

  it('finds the work by an OpenAlex title search and resolves every author', async () => {
    const res = await svc.resolve({ papers: [{ title: STATE_OF_OA, year: 2018, authors: PEERJ_NAMES.map((name) => ({ name })) }] });
    expect(res.status).toBe(200);
    const paper = ResolveResponse.parse(await res.json()).papers[0]!;
    expect(paper).toMatchObject({ title: STATE_OF_OA, year: 2018, workId: 'W2741809807' });
    expect(paper.authors.map((a) => a.researcher?.id)).toEqual(PEERJ_IDS);
    expect(svc.replay.requests[0]).toMatchObject({ path: '/works', query: { filter: expect.stringMatching(/^title\.search:The state of OA a large-scale analysis .*,publication_year:2017-2019$/) } });
  });

  it('takes no work when the first author does not fit, leaves the names to the name path (never resolved without confirming evidence), and asks OpenAlex no more about the title', async () => {
    const body = { papers: [{ title: STATE_OF_OA, year: 2018, authors: [{ name: 'Someone Else' }, { name: 'Jason Priem' }] }] };
    const paper = ResolveResponse.parse(await (await svc.resolve(body)).json()).papers[0]!;
    expect(paper.workId).toBeNull();
    // The name path: no record for "Someone Else"; Jason Priem's candidates stay ambiguous, nothing on the paper confirms one.
    expect(paper.authors.map((a) => a.state)).toEqual(['unresolved', 'ambiguous']);
    expect(paper.authors.every((a) => a.method !== 'work')).toBe(true);
    svc.replay.requests.length = 0;
    await svc.resolve(body);
    expect(svc.replay.requests.filter((r) => r.path === '/works' && r.query.filter?.startsWith('title.search:'))).toEqual([]); // the miss is stored
  });
});
