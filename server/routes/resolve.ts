import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PaperQuery, ResolveEnvelope, type ResolveResponse } from '../../lib/api/resolve';
import type { AppDeps } from '../app';
import { apiError, zodIssues } from '../http-errors';
import { invalidPaperResult, resolvePapers } from '../resolve/resolve-papers';

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
      const envelope = ResolveEnvelope.safeParse(body);
      if (!envelope.success) return apiError(c, 400, 'The request is not a valid resolve request.', zodIssues(envelope.error));
      // Each paper is checked alone: a bad one is answered as unresolved with the reason, the others resolve.
      const checked = envelope.data.papers.map((p) => PaperQuery.safeParse(p));
      const valid = checked.flatMap((r) => (r.success ? [r.data] : []));
      const answered = valid.length > 0 ? (await resolvePapers({ papers: valid }, deps)).papers : [];
      let next = 0;
      const papers = checked.map((r, i) => (r.success ? answered[next++]! : invalidPaperResult(envelope.data.papers[i], zodIssues(r.error))));
      return c.json({ papers } satisfies ResolveResponse);
    },
  );
  return routes;
}
