import { sql } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import type { AppDeps } from '../deps';

/** A database that has not answered `select 1` by then is reported down (issue 12: within 2 s). */
export const HEALTH_DB_TIMEOUT_MS = 1_500;

/**
 * `/healthz` and `/readyz` (readiness: the database answers) both check the database within 1.5 s, whatever the
 * pool is doing; `/livez` (liveness) only says the process serves HTTP, so an orchestrator does not restart a
 * healthy process because its database restarts.
 */
export function healthRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  const ready = async (c: Context) => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), HEALTH_DB_TIMEOUT_MS)));
    const check = deps.db.execute(sql`select 1`).then(
      () => 'ok' as const,
      () => 'failed' as const,
    );
    const outcome = await Promise.race([check, timedOut]);
    clearTimeout(timer);
    if (outcome === 'ok') return c.json({ ok: true, db: deps.dbKind });
    const error = outcome === 'timeout' ? `The database did not answer within ${HEALTH_DB_TIMEOUT_MS} ms.` : 'The database is not answering.';
    return c.json({ ok: false, db: deps.dbKind, error }, 503);
  };
  routes.get('/healthz', ready);
  routes.get('/readyz', ready);
  routes.get('/livez', (c) => c.json({ ok: true }));
  return routes;
}
