import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ResolveRequest } from '../../lib/api/resolve';
import type { AppDeps } from '../app';
import { apiError, zodIssues } from '../http-errors';
import { resolvePapers } from '../resolve/resolve-papers';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function resolveRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.post(
    '/resolve',
    bodyLimit({
      maxSize: deps.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, `The request body is larger than ${Math.round((deps.maxBodyBytes ?? MAX_BODY_BYTES) / 1024)} KB.`),
    }),
    async (c) => {
      if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
        return apiError(c, 415, 'Send the request as JSON (content-type: application/json).');
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return apiError(c, 400, 'The request body is not valid JSON.');
      }
      const parsed = ResolveRequest.safeParse(body);
      if (!parsed.success) return apiError(c, 400, 'The request is not a valid resolve request.', zodIssues(parsed.error));
      return c.json(await resolvePapers(parsed.data, deps));
    },
  );
  return routes;
}
