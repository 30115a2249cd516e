import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PaperQuery, ResolveEnvelope, type ResolveResponse } from '../../lib/api/resolve';
import type { AppDeps } from '../app';
import { apiError, zodIssues } from '../http-errors';
import { invalidPaperResult, isCompleteAnswer, resolvePapersAt } from '../resolve/resolve-papers';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const JSON_HEADERS = { 'content-type': 'application/json' };

export function resolveRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  const maxBytes = deps.maxBodyBytes ?? MAX_BODY_BYTES;
  const tooLarge = `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`;
  const streamedLimit = bodyLimit({ maxSize: maxBytes, onError: (c) => apiError(c, 413, tooLarge) });
  // A body with a content-length is checked by that header alone: Hono's bodyLimit first opens the body as a web
  // stream, which the direct read below then cannot skip (undici Request and web streams in the profile). Chunked bodies,
  // whose size is only known by reading, still go through it.
  const limit: MiddlewareHandler = (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamedLimit(c, next);
    return Number(length) > maxBytes ? Promise.resolve(apiError(c, 413, tooLarge)) : next();
  };
  routes.post('/resolve', limit, async (c) => {
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
      return apiError(c, 415, 'Send the request as JSON (content-type: application/json).');
    }
    const text = await c.req.text();
    const answers = deps.answers;
    const now = deps.now();
    // The same body as before (a page revisited, or read by many) at the same answer generation: the answer
    // already serialised, without parsing, validating or resolving again. Only bodies once answered are kept, so
    // bad ones never get here and cost no database read.
    let generation: string | null | undefined;
    if (answers?.hasBody(text)) {
      generation = await answers.generation();
      const hit = generation === null ? undefined : answers.getBody(text, generation, now);
      if (hit !== undefined) return c.body(hit, 200, JSON_HEADERS);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return apiError(c, 400, 'The request body is not valid JSON.');
    }
    const envelope = ResolveEnvelope.safeParse(body);
    if (!envelope.success) return apiError(c, 400, 'The request is not a valid resolve request.', zodIssues(envelope.error));
    // Each paper is checked alone: a bad one is answered as unresolved with the reason, the others resolve.
    const checked = envelope.data.papers.map((p) => PaperQuery.safeParse(p));
    const valid = checked.flatMap((r) => (r.success ? [r.data] : []));
    let answered: ResolveResponse['papers'] = [];
    if (valid.length > 0) {
      // Read at most once per request: the generation the answer is made at is the one it is kept under.
      generation ??= answers ? await answers.generation() : null;
      answered = (await resolvePapersAt({ papers: valid }, deps, generation)).papers;
    }
    let next = 0;
    const papers = checked.map((r, i) => (r.success ? answered[next++]! : invalidPaperResult(envelope.data.papers[i], zodIssues(r.error))));
    const bytes = JSON.stringify({ papers } satisfies ResolveResponse);
    if (answers && typeof generation === 'string' && papers.every(isCompleteAnswer)) answers.setBody(text, generation, now, bytes);
    return c.body(bytes, 200, JSON_HEADERS);
  });
  return routes;
}
