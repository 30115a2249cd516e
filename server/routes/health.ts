import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppDeps } from '../app';

export function healthRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.get('/healthz', async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
    } catch {
      return c.json({ ok: false, db: deps.dbKind, error: 'The database is not answering.' }, 503);
    }
    return c.json({ ok: true, db: deps.dbKind });
  });
  return routes;
}
