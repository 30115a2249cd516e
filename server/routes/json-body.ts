import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { apiError, zodIssues } from '../http-errors';

/** Action bodies are a few hundred characters; anything near this is abuse (a 10 MB message gets 413). */
export const ACTION_BODY_BYTES = 64 * 1024;

/** 413 for a body larger than `maxBytes` (the resolve route allows more: a listing page sends many papers). */
export function limitBody(maxBytes = ACTION_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => apiError(c, 413, `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`) });
}

/** The JSON body parsed with `schema`, or the 400/415 answer to send instead (every route's body is read here). */
export async function parseJsonBody<T extends z.ZodType>(
  c: Context,
  schema: T,
  what: string,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    return { ok: false, response: apiError(c, 415, 'Send the request as JSON (content-type: application/json).') };
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return { ok: false, response: apiError(c, 400, 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: apiError(c, 400, `The request is not a valid ${what}.`, zodIssues(parsed.error)) };
  return { ok: true, data: parsed.data };
}
