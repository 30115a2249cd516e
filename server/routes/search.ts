import { Hono } from 'hono';
import type { SearchResponse } from '../../lib/api/profile';
import { apiError } from '../http-errors';
import { upstreamReason } from '../resolve/reasons';
import { searchResearchers, type SearchDeps } from '../search/search';
import { parseSearchQuery } from '../search/search-query';

/** `GET /v1/search?q=`: a name, an ORCID iD or an OpenAlex id/URL → ranked candidates with hints. */
export function searchRoutes(deps: SearchDeps): Hono {
  const routes = new Hono();
  routes.get('/search', async (c) => {
    const q = c.req.query('q');
    if (q === undefined) return apiError(c, 400, 'Say what to search for: ?q= a name, an ORCID iD or an OpenAlex author id.');
    const parsed = parseSearchQuery(q);
    if (parsed.kind === 'invalid') return apiError(c, 400, parsed.error);
    const outcome = await searchResearchers(parsed, deps);
    if (outcome.kind === 'upstream') return apiError(c, 502, upstreamReason(outcome.error));
    const body: SearchResponse = { query: q.trim(), kind: parsed.kind, candidates: outcome.candidates };
    return c.json(body);
  });
  return routes;
}
