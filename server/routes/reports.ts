import { Hono } from 'hono';
import { ReportRequest, type ReportResponse } from '../../lib/api/actions';
import type { AppDeps } from '../deps';
import { LIMITS, rateLimit } from './rate-limit';
import { fileReport } from '../db/reports-store';
import { clientKey, optionalSession, type MaybeSessionEnv } from '../auth/middleware';
import { limitBody, parseJsonBody } from './json-body';

/** "Not me?": anyone may report a wrong match, limited per session when signed in, else per address. */
export function reportRoutes(deps: AppDeps): Hono<MaybeSessionEnv> {
  const routes = new Hono<MaybeSessionEnv>();
  routes.post(
    '/reports',
    optionalSession(deps),
    rateLimit<MaybeSessionEnv>(deps, LIMITS.reports, (c) => {
      const session = c.get('session');
      return session ? `user:${session.user.id}` : `client:${clientKey(c, deps.trustProxy)}`;
    }),
    limitBody(),
    async (c) => {
      const parsed = await parseJsonBody(c, ReportRequest, 'report');
      if (!parsed.ok) return parsed.response;
      const id = await fileReport(deps.db, parsed.data, { userId: c.get('session')?.user.id ?? null, clientKey: clientKey(c, deps.trustProxy) }, deps.now());
      return c.json({ id, received: true } satisfies ReportResponse, 201);
    },
  );
  return routes;
}
