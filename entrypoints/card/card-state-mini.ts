/**
 * `CardState` and the follow reply as the card checks them, with `zod/mini` (the content scripts' budget).
 * `CardState` is a runtime message (lib/actions/action-messages.ts), not part of lib/api/: this copy is kept
 * in step by tests/unit/content-schemas.test.ts, which feeds both the same payloads and their mutations.
 */
import * as z from 'zod/mini';

export const CardStateMini = z.object({
  nonce: z.string(),
  following: z.boolean(),
  followers: z.nullable(z.number().check(z.int(), z.minimum(0))),
  claimed: z.boolean(),
  connectReason: z.nullable(z.string()),
  canClaim: z.boolean(),
});
export type CardStateMini = z.infer<typeof CardStateMini>;

/** The reply to the card's follow and unfollow: `{ ok, data: { following, followers } }` or an error. */
export const FollowReplyMini = z.union([
  z.object({ ok: z.literal(true), data: z.object({ following: z.boolean(), followers: z.nullable(z.number()) }) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
