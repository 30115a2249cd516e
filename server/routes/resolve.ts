import { Hono } from 'hono';
import { PaperQuery, ResolveEnvelope, type ResolveResponse } from '../../lib/api/resolve';
import type { AppDeps } from '../deps';
import { zodIssues } from '../http-errors';
import { invalidPaperResult, isCompleteAnswer, resolvePapersAt } from '../resolve/resolve-papers';
import { limitBody, parseJsonText, readJsonText } from './json-body';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const JSON_HEADERS = { 'content-type': 'application/json' };

export function resolveRoutes(deps: AppDeps): Hono {
  const routes = new Hono();
  routes.post('/resolve', limitBody(deps.maxBodyBytes ?? MAX_BODY_BYTES), async (c) => {
    const read = await readJsonText(c);
    if (!read.ok) return read.response;
    const text = read.text;
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
    const envelope = parseJsonText(c, text, ResolveEnvelope, 'resolve request');
    if (!envelope.ok) return envelope.response;
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
