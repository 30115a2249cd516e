import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../lib/api/resolve';

/** Every error answer has the shared `ApiError` shape. */
export function apiError(c: Context, status: ContentfulStatusCode, error: string, issues?: string[]): Response {
  const body: ApiError = issues && issues.length > 0 ? { error, issues } : { error };
  return c.json(body, status);
}

/** Zod issues as "papers.0.doi: a DOI looks like …", at most 20 of them. */
export function zodIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
}
