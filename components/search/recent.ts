import { z } from 'zod';
import { OpenAlexAuthorId } from '../../lib/api/ids';

export const RECENT_KEY = 'recentLookups';
export const RECENT_MAX = 10;

export const RecentLookup = z.object({ id: OpenAlexAuthorId, name: z.string(), hint: z.string() });
export type RecentLookup = z.infer<typeof RecentLookup>;

/** The part of `storage.local` this needs. */
export interface RecentArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The last look-ups, newest first; what does not parse (an older format) is dropped, not trusted. */
export async function readRecent(area: RecentArea): Promise<RecentLookup[]> {
  try {
    const parsed = z.array(RecentLookup).safeParse((await area.get(RECENT_KEY))[RECENT_KEY]);
    return parsed.success ? parsed.data.slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

/** Puts a look-up first, once, keeping the last ten. */
export async function addRecent(area: RecentArea, lookup: RecentLookup): Promise<RecentLookup[]> {
  const next = [lookup, ...(await readRecent(area)).filter((r) => r.id !== lookup.id)].slice(0, RECENT_MAX);
  await area.set({ [RECENT_KEY]: next }).catch(() => undefined);
  return next;
}
