/**
 * The background's reply to `peerlens:resolve`, checked in the content script with `zod/mini`: the envelope of
 * `ResolveReply` (lib/messages.ts) around the papers' schema of lib/api/wire-mini.ts, the one definition both
 * sides use. tests/unit/content-schemas.test.ts proves the two accept and refuse the same payloads.
 */
import './zod-jitless';
import * as z from 'zod/mini';
import { PaperResultMini } from '../../lib/api/wire-mini';

export const ResolveReplyMini = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), papers: z.array(PaperResultMini) }),
  z.object({ ok: z.literal(false), error: z.string(), retryable: z.boolean() }),
]);
