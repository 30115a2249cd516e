/**
 * The background's answer to `peerlens:profile`, checked in the content script with `zod/mini` (like
 * reply-schema.ts, to stay within the content script's budget): `ProfileReply` of lib/messages.ts.
 * tests/unit/profile-reply-schema.test.ts keeps the two in step.
 */
import * as z from 'zod/mini';
import { BANDS, TRUST_PART_KEYS, VERIFICATION_LEVELS } from '../../lib/api/constants';
import { ResearcherMini } from '../content/reply-schema';

const InputLine = z.object({
  label: z.string(),
  value: z.union([z.number(), z.boolean(), z.string()]),
  points: z.number(),
  max: z.number(),
  source: z.string(),
  basis: z.optional(z.string()),
  evidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});

const Breakdown = z.object({
  score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  band: z.nullable(z.enum(BANDS)),
  verification: z.enum(VERIFICATION_LEVELS),
  heldBy: z.nullable(z.string()),
  rawScore: z.number(),
  parts: z.array(
    z.object({ key: z.enum(TRUST_PART_KEYS), label: z.string(), points: z.number(), max: z.number(), inputs: z.array(InputLine) }),
  ),
  penalties: z.array(z.object({ label: z.string(), count: z.number().check(z.int()), points: z.number(), source: z.string() })),
});

const Topic = z.object({
  id: z.string(),
  name: z.string(),
  field: z.nullable(z.string()),
  share: z.number().check(z.minimum(0), z.maximum(1)),
});

export const ProfileReplyMini = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: z.object({ summary: ResearcherMini, breakdown: Breakdown, topics: z.array(Topic) }) }),
  z.object({ ok: z.literal(false), error: z.string(), status: z.nullable(z.number().check(z.int())), retryable: z.boolean() }),
]);
