import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { researcherAliases } from './schema';

/** The id OpenAlex merged `id` into, if it told us so before. */
export async function getAlias(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ mergedInto: researcherAliases.mergedInto }).from(researcherAliases).where(eq(researcherAliases.id, id));
  return row?.mergedInto ?? null;
}

export async function putAlias(db: Db, id: string, mergedInto: string, now: Date): Promise<void> {
  await db
    .insert(researcherAliases)
    .values({ id, mergedInto, seenAt: now })
    .onConflictDoUpdate({ target: researcherAliases.id, set: { mergedInto, seenAt: now } });
}
