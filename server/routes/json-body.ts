import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { apiError, zodIssues } from '../http-errors';

/** Action bodies are a few hundred characters; anything near this is abuse (a 10 MB message gets 413). */
export const ACTION_BODY_BYTES = 64 * 1024;

/**
 * 413 for a body larger than `maxBytes` (the resolve route allows more: a listing page sends many papers).
 * A body with a content-length is judged by that header alone: Hono's bodyLimit opens every body as a web
 * stream, which cost a stored resolve more CPU than its answer (issue 12's profile). Chunked bodies, whose size
 * is only known by reading, still go through it.
 */
export function limitBody(maxBytes = ACTION_BODY_BYTES): MiddlewareHandler {
  const tooLarge = `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`;
  const streamed = bodyLimit({ maxSize: maxBytes, onError: (c) => apiError(c, 413, tooLarge) });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    return Number(length) > maxBytes ? Promise.resolve(apiError(c, 413, tooLarge)) : next();
  };
}

/** The body's text, or the 415 answer when it is not sent as JSON. */
export async function readJsonText(c: Context): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    return { ok: false, response: apiError(c, 415, 'Send the request as JSON (content-type: application/json).') };
  }
  return { ok: true, text: await c.req.text() };
}

/** `text` parsed as JSON and checked with `schema`, or the 400 answer to send instead. */
export function parseJsonText<T extends z.ZodType>(c: Context, text: string, schema: T, what: string): { ok: true; data: z.infer<T> } | { ok: false; response: Response } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(c, 400, 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: apiError(c, 400, `The request is not a valid ${what}.`, zodIssues(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/** The JSON body parsed with `schema`, or the 400/415 answer to send instead (every route's body is read here). */
export async function parseJsonBody<T extends z.ZodType>(c: Context, schema: T, what: string): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const read = await readJsonText(c);
  return read.ok ? parseJsonText(c, read.text, schema, what) : read;
}
