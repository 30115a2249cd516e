import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenAlexReplay, startOpenAlexReplay } from '../../server/dev/openalex-replay';

describe('OpenAlex replay server', () => {
  let replay: OpenAlexReplay;
  beforeAll(async () => {
    replay = await startOpenAlexReplay();
  });
  afterAll(async () => {
    await replay.close();
  });
  const get = (path: string) => fetch(replay.url + path);

  it('serves a work by id, by doi: and by doi.org URL, preferring the newest capture', async () => {
    for (const path of ['/works/W2741809807', '/works/doi:10.7717/peerj.4375', '/works/https://doi.org/10.7717/PEERJ.4375']) {
      const body = (await (await get(path)).json()) as { id: string; updated_date: string };
      expect(body.id).toBe('https://openalex.org/W2741809807');
      expect(body.updated_date >= '2025-10').toBe(true); // not the May or June 2025 captures
    }
  });

  it('serves works from the gzipped DOI sample', async () => {
    const res = await get('/works/doi:10.1001/jama.1902.02480300026007');
    expect(((await res.json()) as { id: string }).id).toBe('https://openalex.org/W4244661389');
  });

  it('answers filters in the list shape', async () => {
    const res = await get('/works?filter=doi:10.7717/peerj.4375|10.1145/2795233&per-page=10');
    const body = (await res.json()) as { meta: { count: number }; results: unknown[] };
    expect(body.meta.count).toBe(2);
    const authors = (await (await get('/authors?filter=id:A5048491430|A5023888391|A1&per-page=100')).json()) as { results: Array<{ id: string }> };
    expect(authors.results.map((a) => a.id).sort()).toEqual(['https://openalex.org/A5023888391', 'https://openalex.org/A5048491430']);
  });

  it('answers 404 with the recorded HTML body and 400 for more than 100 filter values', async () => {
    const missing = await get('/works/doi:10.9999/none');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<title>404 Not Found<\/title>/);
    const tooMany = await get(`/authors?filter=id:${Array.from({ length: 101 }, (_, i) => `A${i + 1000}`).join('|')}`);
    expect(tooMany.status).toBe(400);
  });

  it('records every request it gets', () => {
    expect(replay.requests.length).toBeGreaterThanOrEqual(8);
    expect(replay.requests[0]).toMatchObject({ method: 'GET', path: '/works/W2741809807' });
  });
});
