import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResolveResponse } from '../../lib/api/resolve';
import { fixture } from '../support/fixtures';
import { createTestService, useTestService, type TestService } from './support/service';

const PEERJ_DOI = '10.7717/peerj.4375';
const PEERJ_IDS = ['A5048491430', 'A5023888391', 'A5068542997', 'A5085171399', 'A5066880338', 'A5015414792', 'A5062989025', 'A5046879461', 'A5014077037'];

/** The nine `citation_author` metas of the saved PeerJ page, in order. */
function peerjAuthors(): Array<{ name: string }> {
  const html = readFileSync(fixture('publishers', 'peerj_4375.html'), 'utf8');
  return [...html.matchAll(/<meta name="citation_author" content="([^"]*)">/g)].map((m) => ({ name: m[1]! }));
}

async function resolveOk(svc: TestService, body: unknown): Promise<ResolveResponse> {
  const res = await svc.resolve(body);
  expect(res.status).toBe(200);
  return ResolveResponse.parse(await res.json());
}

describe('POST /v1/resolve against the OpenAlex replay', () => {
  let svc: TestService;
  useTestService((s) => (svc = s));

  it('resolves all nine PeerJ authors to their OpenAlex records, then answers a repeat from the database alone', async () => {
    const authors = peerjAuthors();
    expect(authors.map((a) => a.name)).toEqual([
      'Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias',
      'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein',
    ]);
    const body = { papers: [{ doi: PEERJ_DOI, authors }] };
    const first = await resolveOk(svc, body);
    const paper = first.papers[0]!;
    expect(paper.doi).toBe(PEERJ_DOI);
    expect(paper.workId).toBe('W2741809807');
    expect(paper.authors.map((a) => a.state)).toEqual(Array(9).fill('resolved'));
    expect(paper.authors.map((a) => a.researcher?.id)).toEqual(PEERJ_IDS);
    expect(paper.authors.map((a) => a.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const piwowar = paper.authors[0]!.researcher!;
    expect(piwowar).toMatchObject({ name: 'Heather Piwowar', orcid: '0000-0003-1613-5981', affiliation: 'OpenAlex' });
    expect(piwowar.counts.works).toBeGreaterThan(0);
    expect(piwowar.trust.verification).toBe('L2'); // the authorship carries her ORCID iD
    expect(piwowar.trust.score).toEqual(expect.any(Number));
    expect(piwowar.trust.band).not.toBeNull();
    // One DOI look-up and one author batch, nothing more.
    expect(svc.replay.requests.map((r) => [r.path, r.query.filter])).toEqual([
      ['/works', `doi:${PEERJ_DOI}`],
      ['/authors', `id:${PEERJ_IDS.join('|')}`],
    ]);
    expect(svc.replay.requests.every((r) => r.query.api_key === 'test-key')).toBe(true);

    svc.replay.requests.length = 0;
    const second = await resolveOk(svc, body);
    expect(svc.replay.requests).toEqual([]);
    expect(second.papers[0]!.authors.map((a) => a.researcher?.id)).toEqual(PEERJ_IDS);
  });

  it('goes back to OpenAlex once stored records are older than their freshness', async () => {
    const body = { papers: [{ doi: PEERJ_DOI, authors: peerjAuthors() }] };
    await resolveOk(svc, body);
    const saved = svc.clock.now;
    svc.clock.now = new Date(saved.getTime() + 8 * 24 * 3600 * 1000);
    svc.replay.requests.length = 0;
    try {
      const again = await resolveOk(svc, body);
      expect(again.papers[0]!.authors.every((a) => a.state === 'resolved')).toBe(true);
      expect(svc.replay.requests.map((r) => [r.path, r.query.filter])).toEqual([
        ['/works', `doi:${PEERJ_DOI}`],
        ['/authors', `id:${PEERJ_IDS.join('|')}`],
      ]);
    } finally {
      svc.clock.now = saved;
    }
  });

  it('answers a 2017 arXiv paper OpenAlex does not know, whose authors it does not know either, as unresolved (not "new"), and caches the miss', async () => {
    const body = { papers: [{ arxivId: '1706.03762', authors: [{ name: 'Ashish Vaswani' }, { name: 'Noam Shazeer' }] }] };
    const res = await resolveOk(svc, body);
    const paper = res.papers[0]!;
    expect(paper).toMatchObject({ arxivId: '1706.03762', workId: null });
    expect(paper.authors).toHaveLength(2);
    for (const a of paper.authors) {
      expect(a.state).toBe('unresolved');
      expect(a.reasonCode).toBe('no-record-for-name');
      expect(a.reason).toMatch(/OpenAlex has no record of this arXiv paper\.$/);
      expect(a.reason).not.toMatch(/new|few days/);
    }
    // arXiv DOI first, then the landing page (not new: 2017); then Semantic Scholar (which has it) and a name search.
    expect(svc.replay.requests.map((r) => [r.path, r.query.filter ?? r.query.search])).toEqual([
      ['/works', 'doi:10.48550/arxiv.1706.03762'],
      ['/works', 'locations.landing_page_url:https://arxiv.org/abs/1706.03762'],
      ['/authors', '(Ashish Vaswani) OR (Noam Shazeer)'],
    ]);
    // Semantic Scholar has it: its authors' other papers are asked for (it knows none with a DOI besides this one).
    expect(svc.s2.requests.map((r) => [r.path, r.ids])).toEqual([
      ['/graph/v1/paper/batch', ['ARXIV:1706.03762']],
      ['/graph/v1/author/batch', ['40348417', '1846258']],
    ]);

    svc.replay.requests.length = 0;
    svc.s2.requests.length = 0;
    await resolveOk(svc, body);
    expect(svc.replay.requests).toEqual([]);
    expect(svc.s2.requests).toEqual([]);
  });

  it('resolves an arXiv paper OpenAlex files under its arXiv DOI', async () => {
    const res = await resolveOk(svc, { papers: [{ arxivId: '2108.04680', authors: [{ name: 'Nobody In Particular' }] }] });
    expect(res.papers[0]!.workId).toBe('W3188841554');
    expect(svc.replay.requests[0]!.query.filter).toBe('doi:10.48550/arxiv.2108.04680');
  });

  it('dedupes identical papers within a request and answers each occurrence', async () => {
    const paper = { doi: '10.1145/2795233', authors: [{ name: 'Someone' }] };
    const res = await resolveOk(svc, { papers: [paper, paper, paper] });
    expect(res.papers).toHaveLength(3);
    expect(res.papers[0]).toEqual(res.papers[2]);
    expect(svc.replay.requests.filter((r) => r.path.startsWith('/works'))).toHaveLength(1);
  });
});

describe('POST /v1/resolve when OpenAlex misbehaves', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await createTestService({ timeoutMs: 300 });
  });
  afterAll(async () => {
    await svc.close();
  });

  const knownPaper = { doi: PEERJ_DOI, authors: [{ name: 'Heather Piwowar' }, { name: 'Jason Priem' }] };
  const otherPaper = { doi: '10.1371/journal.pone.0334462', authors: [{ name: 'Someone Else' }] };

  it('marks the authors of a paper whose look-up gets 500s unresolved, and still answers the rest of the page', async () => {
    await resolveOk(svc, { papers: [otherPaper] }); // stored: answered without OpenAlex below
    svc.replay.requests.length = 0;
    svc.replay.setFault((r) => (r.url.includes('peerj') ? { kind: 'status', status: 500 } : null));
    const res = await resolveOk(svc, { papers: [knownPaper, otherPaper] });
    const [broken, fine] = res.papers;
    expect(broken!.workId).toBeNull();
    expect(broken!.authors.map((a) => [a.state, a.reason])).toEqual([
      ['unresolved', 'OpenAlex is unavailable (it answered 500); try again later.'],
      ['unresolved', 'OpenAlex is unavailable (it answered 500); try again later.'],
    ]);
    expect(fine!.workId).not.toBeNull();
    // Retried once (retries: 1), then gave up.
    expect(svc.replay.requests.filter((r) => r.url.includes('peerj'))).toHaveLength(2);
  });

  it('turns a garbage author batch into unresolved authors with a reason', async () => {
    svc.replay.setFault((r) => (r.path === '/authors' ? { kind: 'garbage', body: '{"results": "not a list"}' } : null));
    const res = await resolveOk(svc, { papers: [{ doi: '10.1145/2795233', authors: [{ name: 'Anyone' }] }, knownPaper] });
    const peerj = res.papers[1]!;
    expect(peerj.workId).toBe('W2741809807');
    for (const a of peerj.authors) {
      expect(a.state).toBe('unresolved');
      expect(a.reason).toBe('OpenAlex sent a malformed answer PeerLens cannot read; try again later.');
    }
  });

  it('turns upstream timeouts into unresolved authors with a reason', async () => {
    svc.replay.setFault(() => ({ kind: 'hang' }));
    const started = Date.now();
    const res = await resolveOk(svc, { papers: [{ doi: '10.1016/j.addr.2015.01.008', authors: [{ name: 'A. Person' }] }] });
    expect(res.papers[0]!.authors[0]).toMatchObject({ state: 'unresolved', reason: 'OpenAlex is too slow to answer right now; try again later.' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('serves a stale stored author record when OpenAlex is down rather than nothing', async () => {
    svc.replay.setFault(null);
    await resolveOk(svc, { papers: [knownPaper] });
    const saved = svc.clock.now;
    svc.clock.now = new Date(saved.getTime() + 30 * 24 * 3600 * 1000);
    try {
      svc.replay.setFault((r) => (r.path === '/authors' ? { kind: 'status', status: 503 } : null));
      const res = await resolveOk(svc, { papers: [knownPaper] });
      expect(res.papers[0]!.authors.map((a) => a.researcher?.id)).toEqual(['A5048491430', 'A5023888391']);
    } finally {
      svc.clock.now = saved;
    }
  });
});
