import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ResolveResponse } from '../../lib/api/resolve';
import { account, createActionsService, type ActionsService } from './support/actions-service';
import { MEARMAN_PAPERS, PEERJ } from '../../server/dev/papers';

/**
 * NUL and unpaired surrogates in every field of every route's input (issue 12, item 6). They used to pass
 * validation (DOI `\S+`, names, search text) and fail in PostgreSQL (22021) or in `encodeURIComponent`, making
 * the whole request a 500. Each must now be a clear 4xx, or — inside one paper of a resolve request — that paper
 * alone unresolved with its reason while the others resolve.
 */
const BAD_CHARS = { nul: '\u0000', 'lone high surrogate': '\ud800', 'lone low surrogate': '\udc00' } as const;
/** The same in a URL: %00, and the UTF-8 bytes a lone surrogate would have (which no decoder accepts). */
const BAD_IN_URL = { nul: '%00', 'lone high surrogate': '%ED%A0%80', 'lone low surrogate': '%ED%B0%80' } as const;

const PRIEM = 'A5023888391';
const UUID = '0b6c3a52-5d0e-4a8b-9c1d-2e3f4a5b6c7d';

describe('Bad strings in every field: a clear answer, never a 500, one bad paper fails alone', () => {
  let svc: ActionsService;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    svc = await createActionsService();
    for (const name of ['priem', 'carberry'] as const) tokens[name] = await svc.signIn(account(name).orcid);
  });
  afterAll(async () => {
    await svc.close();
  });

  const expectClear = async (res: Response, what: string) => {
    const text = await res.text();
    expect(res.status, `${what} → ${res.status} ${text}`).toBeLessThan(500);
    if (res.status >= 400) expect(() => ApiError.parse(JSON.parse(text)), `${what}: ${text}`).not.toThrow();
  };

  const good = { doi: PEERJ.doi, authors: PEERJ.authors.map((name) => ({ name })) };
  const arxiv = { arxivId: '2108.04680', authors: [{ name: 'Jonathan C. Roberts' }, { name: 'Joseph Mearman' }] };

  for (const [label, bad] of Object.entries(BAD_CHARS)) {
    it(`resolve: a ${label} in a DOI, an arXiv id, an ORCID iD or a key fails that paper alone`, async () => {
      const badPapers = [
        { doi: `${PEERJ.doi}${bad}`, authors: [{ name: 'Heather Piwowar' }, { name: 'Jason Priem' }] },
        { doi: `10.1234/${bad}`, authors: [{ name: 'A. Person' }] },
        { arxivId: `2108.04680${bad}`, authors: [{ name: 'Joseph Mearman' }] },
        { doi: MEARMAN_PAPERS[0]!.doi, authors: [{ name: 'Helen Cabot Miles', orcid: `0000-0002-1825-009${bad}` }] },
        { doi: MEARMAN_PAPERS[0]!.doi, authors: [{ name: 'Helen Cabot Miles' }], [`x${bad}`]: 1 },
        { doi: MEARMAN_PAPERS[0]!.doi, authors: [{ name: bad }] },
      ];
      const res = await svc.call('POST', '/v1/resolve', null, { papers: [good, ...badPapers, arxiv] });
      expect(res.status, await res.clone().text()).toBe(200);
      const { papers } = ResolveResponse.parse(await res.json());
      expect(papers).toHaveLength(badPapers.length + 2);
      expect(papers[0]!.authors.map((a) => a.state)).toEqual(Array(9).fill('resolved'));
      expect(papers.at(-1)!.authors.every((a) => a.state === 'resolved')).toBe(true);
      badPapers.forEach((sent, i) => {
        const answer = papers[i + 1]!;
        expect(answer.workId).toBeNull();
        expect(answer.authors).toHaveLength(sent.authors.length);
        for (const a of answer.authors) {
          expect(a).toMatchObject({ state: 'unresolved', confidence: 0 });
          expect(a.reason).toMatch(/cannot read this paper's identifiers or author list \(.+\), so it was not looked up/);
        }
      });
      // Identifiers are echoed as sent, so the extension pairs each answer with its question.
      expect(papers[1]!.doi).toBe(badPapers[0]!.doi);
      expect(papers[3]!.arxivId).toBe(badPapers[2]!.arxivId);
    });

    it(`resolve: a ${label} inside a name is taken out and the name still resolves`, async () => {
      const names = PEERJ.authors.map((name, i) => ({ name: i === 1 ? `Jason${bad} Priem${bad}` : name }));
      const res = await svc.call('POST', '/v1/resolve', null, { papers: [{ doi: PEERJ.doi, authors: names }] });
      expect(res.status).toBe(200);
      const paper = ResolveResponse.parse(await res.json()).papers[0]!;
      expect(paper.authors[1]).toMatchObject({ state: 'resolved', researcher: { id: PRIEM } });
    });
  }

  for (const [label, bad] of Object.entries(BAD_IN_URL)) {
    it(`query strings and path parameters: a ${label} is a clear 4xx on every route`, async () => {
      // Bytes that are not UTF-8 reach the search as U+FFFD (Hono's decoder): a name like any other, answered.
      for (const q of [`ab${bad}cd`, bad, `0000-0002-1825-009${bad}`, `A502388839${bad}`]) await expectClear(await svc.call('GET', `/v1/search?q=${q}`, null), `search ${q}`);
      const requests: Array<[method: string, path: string, token: string | null]> = [
        ['GET', `/v1/researchers/${PRIEM}${bad}`, null],
        ['GET', `/v1/researchers/${PRIEM}?page=1${bad}`, null],
        ['GET', `/v1/researchers/${PRIEM}?perPage=${bad}`, null],
        ['GET', `/v1/researchers/${PRIEM}${bad}/works`, null],
        ['GET', `/v1/researchers/${PRIEM}/works?since=2020-01-01${bad}`, null],
        ['GET', `/v1/researchers/${PRIEM}/works?page=${bad}&perPage=2${bad}`, null],
        ['GET', `/v1/researchers/${PRIEM}${bad}/claim`, null],
        ['GET', `/v1/auth/orcid/start?redirect_uri=https%3A%2F%2Fabcdefghijklmnopabcdefghijklmnop.chromiumapp.org%2F${bad}`, null],
        ['GET', `/v1/auth/orcid/callback?state=${bad}&code=x`, null],
        ['GET', `/v1/auth/orcid/callback?state=abcdefghijklmnopqrstu${bad}&code=x${bad}`, null],
        ['GET', `/v1/auth/orcid/callback?state=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG&error=${bad}&error_description=${bad}`, null],
        ['PUT', `/v1/me/following/${PRIEM}${bad}`, tokens.carberry!],
        ['DELETE', `/v1/me/following/${PRIEM}${bad}`, tokens.carberry!],
        ['DELETE', `/v1/me/claims/${UUID}${bad}`, tokens.carberry!],
        ['POST', `/v1/researchers/${PRIEM}${bad}/claim`, tokens.carberry!],
        ['POST', `/v1/me/invitations/${UUID}${bad}/decline`, tokens.carberry!],
        ['POST', `/v1/me/blocks/${UUID}${bad}`, tokens.carberry!],
      ];
      for (const [method, path, token] of requests) {
        const res = await svc.call(method, path, token);
        await expectClear(res, `${method} ${path}`);
        expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      }
    });
  }

  it('search: the case the issue measured (ab%00cd, a 500 before) is a 400 that says why', async () => {
    const res = await svc.call('GET', '/v1/search?q=ab%00cd', null);
    expect(res.status).toBe(400);
    expect(ApiError.parse(await res.json()).error).toMatch(/control or broken characters/);
  });

  for (const [label, bad] of Object.entries(BAD_CHARS)) {
    it(`JSON bodies of the actions: a ${label} in any field is a clear 400`, async () => {
      const bodies: Array<[method: string, path: string, token: string | null, body: Record<string, unknown>]> = [
        ['POST', '/v1/reports', null, { researcherId: `${PRIEM}${bad}`, reason: 'Not this person.' }],
        ['POST', '/v1/reports', null, { researcherId: PRIEM, reason: `Not this${bad} person.` }],
        ['POST', '/v1/reports', null, { researcherId: PRIEM, reason: 'Not this person.', paper: `10.7717/peerj.4375${bad}` }],
        ['PATCH', '/v1/me/profile', tokens.priem!, { headline: `Open${bad} science` }],
        ['PATCH', '/v1/me/profile', tokens.priem!, { researcherId: `${PRIEM}${bad}`, openToCollaborate: true }],
        ['POST', `/v1/researchers/${PRIEM}/invitations`, tokens.carberry!, { message: `Hello${bad}`, paper: PEERJ.doi, contact: 'me@example.org' }],
        ['POST', `/v1/researchers/${PRIEM}/invitations`, tokens.carberry!, { message: 'Hello', paper: `${PEERJ.doi}${bad}`, contact: 'me@example.org' }],
        ['POST', `/v1/researchers/${PRIEM}/invitations`, tokens.carberry!, { message: 'Hello', paper: PEERJ.doi, contact: `me${bad}@example.org` }],
        ['POST', `/v1/me/invitations/${UUID}/accept`, tokens.priem!, { contact: `me${bad}@example.org` }],
        ['POST', '/v1/resolve', null, { papers: [good], [`extra${bad}`]: true }],
      ];
      for (const [method, path, token, body] of bodies) {
        // A new hour each time, so the report limit (5 an hour per address) never answers before the check does.
        svc.clock.now = new Date(svc.clock.now.getTime() + 3600_000);
        const res = await svc.call(method, path, token, body);
        await expectClear(res, `${method} ${path} ${JSON.stringify(body)}`);
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      }
    });
  }
});

describe('Bad characters in what ORCID says about a person', () => {
  let svc: ActionsService;
  // A local ORCID account whose name carries a NUL and an unpaired surrogate (ORCID's iD checksum is valid).
  const odd = { ...account('carberry'), givenNames: 'Jo\u0000siah', familyName: 'Carb\ud800erry' };
  beforeAll(async () => {
    svc = await createActionsService({ accounts: [odd] });
  });
  afterAll(async () => {
    await svc.close();
  });

  it('signs the person in with the characters taken out of their name (a 500 before: the users table refused it)', async () => {
    const token = await svc.signIn(odd.orcid);
    const me = await (await svc.call('GET', '/v1/me', token)).json();
    expect(me.user).toMatchObject({ orcid: odd.orcid, name: 'Josiah Carberry' });
  });
});
