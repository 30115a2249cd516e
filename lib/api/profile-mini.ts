/**
 * The parts of a researcher's profile the card checks ("Why this score?", topics), defined ONCE here with
 * `zod/mini` like wire-mini.ts; profile.ts rebuilds them in full zod (full-from-mini.ts; its
 * `TrustPart`, `TrustInputLine` and `TrustPenalty` are read out of `TrustBreakdownMini`). A file of its own so that
 * the badge scripts, which import wire-mini.ts, never carry them (rollup keeps `.check()` calls it cannot prove pure).
 */
import * as z from 'zod/mini';
import { BANDS, TRUST_PART_KEYS, VERIFICATION_LEVELS } from './constants';

/** "Why this score?": the score with every part, input, penalty and gate that made it. */
export const TrustBreakdownMini = z.object({
  score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  band: z.nullable(z.enum(BANDS)),
  verification: z.enum(VERIFICATION_LEVELS),
  heldBy: z.nullable(z.string()),
  /** The sum before flooring and band holds. */
  rawScore: z.number(),
  parts: z.array(
    z.object({
      key: z.enum(TRUST_PART_KEYS),
      label: z.string(),
      points: z.number(),
      max: z.number(),
      /** One input of a score part, with the points it earned and where its value came from. */
      inputs: z.array(
        z.object({
          label: z.string(),
          value: z.union([z.number(), z.boolean(), z.string()]),
          points: z.number(),
          max: z.number(),
          source: z.string(),
          /** What the value was computed from, e.g. "from 200 of 1,480 works" or "the author record’s own cited-by count". */
          basis: z.optional(z.string()),
          /** Below 1 when too little was read to judge: the share of the input's points its evidence allows. */
          evidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
        }),
      ),
    }),
  ),
  penalties: z.array(z.object({ label: z.string(), count: z.number().check(z.int()), points: z.number(), source: z.string() })),
});

export const ProfileTopicMini = z.object({
  id: z.string(),
  name: z.string(),
  field: z.nullable(z.string()),
  /** 0–1 share of the researcher's works. */
  share: z.number().check(z.minimum(0), z.maximum(1)),
});
