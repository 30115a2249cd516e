import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CrossrefClient } from '../../server/upstream/crossref';
import { UpstreamError } from '../../server/upstream/errors';
import { SemanticScholarClient } from '../../server/upstream/semantic-scholar';
import { type CrossrefReplay, startCrossrefReplay } from '../../server/dev/crossref-replay';
import { type SemanticScholarReplay, startSemanticScholarReplay } from '../../server/dev/semantic-scholar-replay';

const retry = { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 20, maxRetryAfterMs: 100 };

describe('Semantic Scholar client against the replay of recorded answers', () => {
  let replay: SemanticScholarReplay;
  const headers: Array<Record<string, string>> = [];
  let client: SemanticScholarClient;
  beforeAll(async () => {
    replay = await startSemanticScholarReplay();
    const recordingFetch: typeof fetch = async (input, init) => {
      headers.push(Object.fromEntries(new Headers(init?.headers).entries()));
      return fetch(input, init);
    };
    client = new SemanticScholarClient({ baseUrl: replay.url, apiKey: 'k-123', timeoutMs: 1_500, retry, breakAfter: 1_000, fetch: recordingFetch });
  });
  afterAll(async () => replay.close());
  beforeEach(() => {
    replay.reset();
    headers.length = 0;
  });

  it('looks papers up in one POST /paper/batch with the author fields, unknown ids as null, the key as x-api-key', async () => {
    const found = await client.getPapers(['ARXIV:2312.07559', 'DOI:10.1038/s42256-024-00832-8', 'ARXIV:2605.99999']);
    expect(found.get('ARXIV:2312.07559')!.authors.map((a) => a.name)).toContain('Sam Cox');
    expect(found.get('DOI:10.1038/s42256-024-00832-8')!.year).toBe(2023);
    expect(found.get('ARXIV:2605.99999')).toBeNull();
    expect(replay.requests).toHaveLength(1);
    expect(replay.requests[0]!.query.fields).toBe('year,publicationDate,externalIds,authors.authorId,authors.name,authors.externalIds');
    expect(headers[0]!['x-api-key']).toBe('k-123');
  });

  it('reads a recorded paper whose authors are null, and authors with their papers', async () => {
    const found = await client.getPapers(['2d5673caa9e6af3a7b82a43f19ee920992db07ad']);
    expect(found.get('2d5673caa9e6af3a7b82a43f19ee920992db07ad')).not.toBeUndefined();
    const authors = await client.getAuthors(['2161337138', '999']);
    expect(authors.get('2161337138')!.papers.map((p) => p.externalIds.DOI).sort()).toEqual(['10.1038/s42256-024-00832-8', '10.48550/arXiv.2312.07559']);
    expect(authors.has('999')).toBe(false);
  });

  it('turns garbage into a malformed error, 503 into unreachable after a retry, a hang into a timeout', async () => {
    replay.setFault(() => ({ kind: 'garbage', body: '{"data": 7}' }));
    await expect(client.getPapers(['ARXIV:2312.07559'])).rejects.toMatchObject({ kind: 'malformed', service: 'Semantic Scholar' });
    replay.setFault(() => ({ kind: 'status', status: 503 }));
    await expect(client.getPapers(['ARXIV:2312.07559'])).rejects.toBeInstanceOf(UpstreamError);
    expect(replay.requests.filter((r) => r.path.endsWith('/paper/batch'))).toHaveLength(3);
    replay.setFault(() => ({ kind: 'hang' }));
    await expect(client.getPapers(['ARXIV:2312.07559'])).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('honours a short Retry-After on 429', async () => {
    replay.setFault((_r, attempt) => (attempt === 1 ? { kind: 'status', status: 429, headers: { 'retry-after': '0' } } : null));
    const found = await client.getPapers(['ARXIV:2312.07559']);
    expect(found.get('ARXIV:2312.07559')).not.toBeNull();
  });
});

describe('Crossref client against its stand-in', () => {
  let replay: CrossrefReplay;
  let client: CrossrefClient;
  beforeAll(async () => {
    replay = await startCrossrefReplay();
    client = new CrossrefClient({ baseUrl: replay.url, timeoutMs: 300, retry, breakAfter: 1_000 });
  });
  afterAll(async () => replay.close());

  it('reads many DOIs in one filter=doi:a,doi:b call, with the ORCID iDs on the authors', async () => {
    const works = await client.getWorks(['10.1038/S42256-024-00832-8', '10.9999/none']);
    expect(replay.requests.at(-1)!.query.filter).toBe('doi:10.1038/s42256-024-00832-8,doi:10.9999/none');
    const chemcrow = works.get('10.1038/s42256-024-00832-8')!;
    expect(chemcrow.author.find((a) => a.family === 'White')?.ORCID).toBe('https://orcid.org/0000-0002-6647-3965');
    expect(works.has('10.9999/none')).toBe(false);
  });

  it('turns a body of the wrong shape into a malformed error', async () => {
    replay.setFault(() => ({ kind: 'garbage', body: '{"message": {"items": "none"}}' }));
    await expect(client.getWorks(['10.1038/s42256-024-00832-8'])).rejects.toMatchObject({ kind: 'malformed', service: 'Crossref' });
    replay.setFault(null);
  });
});
