import { Hono, type Context } from 'hono';
import { ProfileQuery, WorksQuery } from '../../lib/api/profile-query';
import { apiError, zodIssues } from '../http-errors';
import { locateProfile, type ProfileDeps, type ProfileLocation } from '../profile/locate-profile';
import { readProfile } from '../profile/read-profile';
import { readRecordWorksPage } from '../profile/works-page';
import { DEFAULT_FRESHNESS } from '../resolve/freshness';
import { upstreamReason } from '../resolve/reasons';

const AUTHOR_ID = /^A\d{4,12}$/i;

/** `GET /v1/researchers/:id` (the profile) and `GET /v1/researchers/:id/works` (its works, paged). */
export function researcherRoutes(deps: ProfileDeps): Hono {
  const routes = new Hono();

  routes.get('/researchers/:id', async (c) => {
    const id = c.req.param('id');
    if (!AUTHOR_ID.test(id)) return badId(c, id);
    const query = ProfileQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 400, 'The paging parameters are not valid.', zodIssues(query.error));
    const found = await locateProfile(id.toUpperCase(), deps);
    if (found.kind !== 'found') return notFound(c, id, found);
    const profile = await readProfile(deps.db, found.id, found.state, {
      works: query.data,
      now: deps.now(),
      freshness: deps.freshness ?? DEFAULT_FRESHNESS,
      mergedFrom: found.mergedFrom,
    });
    return c.json(profile);
  });

  routes.get('/researchers/:id/works', async (c) => {
    const id = c.req.param('id');
    if (!AUTHOR_ID.test(id)) return badId(c, id);
    const query = WorksQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 400, 'The works query is not valid.', zodIssues(query.error));
    const found = await locateProfile(id.toUpperCase(), deps);
    if (found.kind !== 'found') return notFound(c, id, found);
    return c.json(await readRecordWorksPage(deps, found.id, found.state.record.works_count, query.data));
  });

  return routes;
}

function badId(c: Context, id: string): Response {
  return apiError(c, 400, `“${id.slice(0, 40)}” is not an OpenAlex author id; one looks like A5023888391.`);
}

function notFound(c: Context, id: string, found: Exclude<ProfileLocation, { kind: 'found' }>): Response {
  if (found.kind === 'upstream') return apiError(c, 502, upstreamReason(found.error));
  return apiError(c, 404, `OpenAlex has no author ${id.toUpperCase()}.`);
}
