import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { authRoutes } from './auth';
import { meRoutes } from './me';
import { reportRoutes } from './reports';
import { researcherActionRoutes } from './researcher-actions';

/** Sign-in and the reader's actions (follow, claim, connect, report), mounted under /v1 by `createApp`. */
export function actionRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.route('/', authRoutes(deps));
  routes.route('/', meRoutes(deps));
  routes.route('/', researcherActionRoutes(deps));
  routes.route('/', reportRoutes(deps));
  return routes;
}
