import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { users } from './schema';

/** The user with this ORCID iD, created on first sign-in; the name follows what ORCID last said. */
export async function upsertUser(db: Db, orcid: string, name: string | null, now: Date): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ id: randomUUID(), orcid, name, createdAt: now, lastSignInAt: now })
    .onConflictDoUpdate({ target: users.orcid, set: { name: sql`coalesce(excluded.name, ${users.name})`, lastSignInAt: now } })
    .returning({ id: users.id });
  return row!.id;
}

export async function userExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, id));
  return row !== undefined;
}
