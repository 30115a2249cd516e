/**
 * The follow list's copy in `storage.sync`, so the reader's other browsers (and a reinstall) get it: only
 * ids and when they were followed, in chunks that stay far below sync's per-item quota (8 KB) — about 28
 * bytes an entry, 150 entries a chunk, at most MAX_MIRRORED entries (~56 KB of the 100 KB total).
 */
export const SYNC_PREFIX = 'follows.';
const PER_CHUNK = 150;
export const MAX_MIRRORED = 2000;

export interface SyncArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** researcherId → followedAt (epoch seconds). */
export type MirroredFollows = Map<string, number>;

const ID = /^A\d{4,12}$/;
/** Present once any browser wrote the mirror, so an empty list means "unfollowed all", not "never synced". */
const WRITTEN_KEY = `${SYNC_PREFIX}written`;

export async function readMirror(area: SyncArea): Promise<{ follows: MirroredFollows; written: boolean }> {
  const all = await area.get(null);
  const follows: MirroredFollows = new Map();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(SYNC_PREFIX) || key === WRITTEN_KEY || value === null || typeof value !== 'object') continue;
    for (const [id, at] of Object.entries(value as Record<string, unknown>)) {
      if (ID.test(id) && typeof at === 'number' && Number.isFinite(at)) follows.set(id, at);
    }
  }
  return { follows, written: all[WRITTEN_KEY] === true };
}

/** Replaces the mirror with these follows (newest kept when there are more than fit). */
export async function writeMirror(area: SyncArea, follows: MirroredFollows): Promise<void> {
  const entries = [...follows].sort((a, b) => b[1] - a[1]).slice(0, MAX_MIRRORED);
  const chunks: Record<string, Record<string, number> | true> = { [WRITTEN_KEY]: true };
  entries.forEach(([id, at], i) => {
    const key = `${SYNC_PREFIX}${Math.floor(i / PER_CHUNK)}`;
    ((chunks[key] ??= {}) as Record<string, number>)[id] = at;
  });
  const stale = Object.keys(await area.get(null)).filter((k) => k.startsWith(SYNC_PREFIX) && !(k in chunks));
  await area.set(chunks);
  if (stale.length > 0) await area.remove(stale);
}

/**
 * What another browser changed, from a `storage.onChanged` event of the sync area: ids that appeared and ids
 * that went, over all changed chunks together (an entry moving between chunks is no change). Applying only
 * the difference keeps a follow made here a moment ago, whose own mirror write may not have landed yet.
 */
export function mirrorDiff(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): { added: MirroredFollows; removed: Set<string> } {
  const before: MirroredFollows = new Map();
  const after: MirroredFollows = new Map();
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(SYNC_PREFIX) || key === WRITTEN_KEY) continue;
    collect(change.oldValue, before);
    collect(change.newValue, after);
  }
  const added: MirroredFollows = new Map([...after].filter(([id]) => !before.has(id)));
  const removed = new Set([...before.keys()].filter((id) => !after.has(id)));
  return { added, removed };
}

function collect(value: unknown, into: MirroredFollows): void {
  if (value === null || typeof value !== 'object') return;
  for (const [id, at] of Object.entries(value as Record<string, unknown>)) if (ID.test(id) && typeof at === 'number') into.set(id, at);
}
