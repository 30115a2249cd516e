/**
 * The background's answer to `peerlens:profile`, checked in the card with `zod/mini` (the content scripts'
 * budget): the envelope of `ProfileReply` (lib/messages.ts) around the parts of lib/api/wire-mini.ts, the one
 * definition both sides use. tests/unit/content-schemas.test.ts proves the two accept and refuse alike.
 */
import '../content/zod-jitless';
import * as z from 'zod/mini';
import { ProfileTopicMini, TrustBreakdownMini } from '../../lib/api/profile-mini';
import { ResearcherSummaryMini } from '../../lib/api/wire-mini';

export const ProfileReplyMini = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: z.object({ summary: ResearcherSummaryMini, breakdown: TrustBreakdownMini, topics: z.array(ProfileTopicMini) }) }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.nullable(z.number().check(z.int())), retryable: z.boolean() }),
]);
