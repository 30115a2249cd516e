import { Hono } from 'hono';
import { PaperQuery, ResolveEnvelope, type ResolveResponse } from '../../lib/api/resolve';
import type { AppDeps } from '../deps';
import { zodIssues } from '../http-errors';
import { invalidPaperResult, resolvePapers } from '../resolve/resolve-papers';
import { limitBody, parseJsonBody } from './json-body';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function resolveRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.post(
    '/resolve',
    limitBody(deps.maxBodyBytes ?? MAX_BODY_BYTES),
    async (c) => {
      const envelope = await parseJsonBody(c, ResolveEnvelope, 'resolve request');
      if (!envelope.ok) return envelope.response;
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
