import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/client';
import { countHit, sweepHits } from '../db/rate-limit-store';
import { apiError } from '../http-errors';

/**
 * Fixed-window limits counted in the database rather than with an in-memory limiter (hono-rate-limiter's
 * default store): the service runs as several replicas behind a load balancer, and a limit on abuse has to
 * hold across them. One upsert per request; old windows are swept now and then.
 */
export interface LimitRule {
  name: string;
  limit: number;
  windowMs: number;
}

export const LIMITS = {
  signInStart: { name: 'signin', limit: 30, windowMs: 60_000 },
  actions: { name: 'actions', limit: 120, windowMs: 60_000 },
  claims: { name: 'claims', limit: 10, windowMs: 3600_000 },
  reports: { name: 'reports', limit: 5, windowMs: 3600_000 },
} as const satisfies Record<string, LimitRule>;

/** Counts one hit for `key` and says whether it is still within the limit, and when to retry if not. */
export async function hit(db: Db, rule: LimitRule, key: string, now: Date): Promise<{ allowed: boolean; retryAfterS: number }> {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const hits = await countHit(db, `${rule.name}:${key}`, new Date(start));
  if (Math.random() < 0.01) await sweepHits(db, new Date(now.getTime() - 2 * 86400_000));
  return { allowed: hits <= rule.limit, retryAfterS: Math.ceil((start + rule.windowMs - now.getTime()) / 1000) };
}

/** Middleware: 429 with Retry-After once `key(c)` has used up `rule` in the current window. */
export function rateLimit<E extends { Variables: object }>(
  deps: { db: Db; now: () => Date },
  rule: LimitRule,
  key: (c: Context<E>) => string,
): MiddlewareHandler<E> {
  return async (c, next) => {
    const { allowed, retryAfterS } = await hit(deps.db, rule, key(c), deps.now());
    if (!allowed) {
      c.header('retry-after', String(retryAfterS));
      return apiError(c, 429, `Too many requests: at most ${rule.limit} every ${describeWindow(rule.windowMs)}. Try again in ${retryAfterS} s.`);
    }
    await next();
  };
}

/** Runs `limit` for writes only: reading one's own state (GET, HEAD) is not an action and never uses it up. */
export function writesOnly<E extends { Variables: object }>(limit: MiddlewareHandler<E>): MiddlewareHandler<E> {
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}

function describeWindow(ms: number): string {
  if (ms % 86400_000 === 0) return ms === 86400_000 ? 'day' : `${ms / 86400_000} days`;
  if (ms % 3600_000 === 0) return ms === 3600_000 ? 'hour' : `${ms / 3600_000} hours`;
  return ms === 60_000 ? 'minute' : `${Math.round(ms / 1000)} s`;
}
