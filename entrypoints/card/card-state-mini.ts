/**
 * `CardState` and the follow reply as the content script checks them, with `zod/mini` (already in the
 * content script for the other replies) so the card stays within its budget. tests/unit/content-schemas.test.ts
 * keeps them in step with action-messages.ts.
 */
import * as z from 'zod/mini';

export const CardStateMini = z.object({
  nonce: z.string(),
  following: z.boolean(),
  followers: z.nullable(z.number()),
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
