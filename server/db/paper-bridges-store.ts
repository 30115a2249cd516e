import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { MATCH_METHODS, REASON_CODES } from '../../lib/api/constants';
import type { Db } from './client';
import { paperBridges } from './schema';
import type { Stored } from './works-store';

/** How the authors of a paper OpenAlex lacks were matched: what `paper_bridges` keeps, parsed when read back. */
const Reason = z.object({ code: z.enum(REASON_CODES), text: z.string() });
export const BridgedAlignment = z.discriminatedUnion('state', [
  z.object({ position: z.number().int(), state: z.literal('resolved'), authorId: z.string(), confidence: z.number(), method: z.enum(MATCH_METHODS) }),
  z.object({
    position: z.number().int(),
    state: z.literal('ambiguous'),
    candidateIds: z.array(z.string()),
    confidence: z.number(),
    method: z.enum(MATCH_METHODS),
    reason: Reason,
  }),
  z.object({ position: z.number().int(), state: z.literal('unresolved'), reason: Reason }),
]);
export type BridgedAlignment = z.infer<typeof BridgedAlignment>;

export const BridgeAnswer = z.object({ paperReason: Reason, alignments: z.array(BridgedAlignment) });
export type BridgeAnswer = z.infer<typeof BridgeAnswer>;

export async function getBridges(db: Db, keys: string[]): Promise<Map<string, Stored<BridgeAnswer>>> {
  if (keys.length === 0) return new Map();
  const rows = await db.select().from(paperBridges).where(inArray(paperBridges.key, keys));
  const out = new Map<string, Stored<BridgeAnswer>>();
  for (const r of rows) {
    const parsed = BridgeAnswer.safeParse(r.answer);
    if (parsed.success) out.set(r.key, { value: parsed.data, fetchedAt: r.fetchedAt });
  }
  return out;
}

export async function putBridge(db: Db, key: string, answer: BridgeAnswer, now: Date): Promise<void> {
  await db
    .insert(paperBridges)
    .values({ key, answer, fetchedAt: now })
    .onConflictDoUpdate({ target: paperBridges.key, set: { answer, fetchedAt: now } });
}
