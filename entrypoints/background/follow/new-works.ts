import { WorksPage, type ProfileWork } from '../../../lib/api/profile';
import type { FollowEntry, FollowStore, WatchState } from '../../../lib/follow/follow-store';

/** The alarm that checks followed researchers for new works, every six hours. */
export const NEW_WORKS_ALARM = 'peerlens:new-works';
export const NEW_WORKS_PERIOD_MINUTES = 6 * 60;
/** Work ids remembered per researcher (the newest), so the state stays small. */
const KNOWN_CAP = 200;
const UNSEEN_CAP = 50;

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The state of a researcher followed now: nothing before today counts as new. */
export function startWatch(nowMs: number): WatchState {
  return { since: isoDay(nowMs), known: [], unseen: [] };
}

/**
 * One check's result: the works the service listed for `?since=<state.since>` that were not known before are
 * new and unseen. `since` stays put (a date has no time: a work published later the same day, or indexed
 * late, still shows up) until a day has passed, then moves to the check's day, keeping the ids seen that day.
 */
export function nextWatch(state: WatchState, listed: Pick<ProfileWork, 'id' | 'title' | 'year'>[], nowMs: number): WatchState {
  const known = new Set(state.known);
  const fresh = listed.filter((w) => !known.has(w.id));
  const unseen = [...fresh.map((w) => ({ id: w.id, title: w.title, year: w.year })), ...state.unseen].slice(0, UNSEEN_CAP);
  const today = isoDay(nowMs);
  return {
    since: state.since < today ? today : state.since,
    known: [...fresh.map((w) => w.id), ...state.known].slice(0, KNOWN_CAP),
    unseen,
  };
}

export const unseenCount = (entries: FollowEntry[]) => entries.reduce((n, e) => n + (e.watch?.unseen.length ?? 0), 0);

export interface NewWorksDeps {
  follows: FollowStore;
  serviceUrl: () => Promise<string>;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Asks `GET /v1/researchers/:id/works?since=` for every followed researcher; returns the works new in this check. */
export async function checkNewWorks(deps: NewWorksDeps): Promise<{ researcherId: string; name: string | null; works: WatchState['unseen'] }[]> {
  const now = deps.now ?? Date.now;
  const base = await deps.serviceUrl();
  const found: { researcherId: string; name: string | null; works: WatchState['unseen'] }[] = [];
  for (const entry of await deps.follows.list()) {
    const state = entry.watch ?? startWatch(Date.parse(entry.followedAt));
    const url = new URL(`/v1/researchers/${encodeURIComponent(entry.researcherId)}/works`, base);
    url.searchParams.set('since', state.since);
    url.searchParams.set('perPage', '100');
    let page: WorksPage;
    try {
      const res = await (deps.fetch ?? fetch)(url, { signal: AbortSignal.timeout(20_000) });
      if (!res.ok) continue;
      const parsed = WorksPage.safeParse(await res.json());
      if (!parsed.success) continue;
      page = parsed.data;
    } catch {
      // One researcher's failure (offline, a merged record) must not stop the others; the next alarm retries.
      continue;
    }
    const known = new Set(state.known);
    const fresh = page.items.filter((w) => !known.has(w.id));
    const next = nextWatch(state, page.items, now());
    if (fresh.length > 0) found.push({ researcherId: entry.researcherId, name: entry.name, works: next.unseen.slice(0, fresh.length) });
    await deps.follows.update(entry.researcherId, { watch: next });
  }
  return found;
}

/** The reader opened the Following tab: every new work is seen. */
export async function markAllSeen(follows: FollowStore): Promise<void> {
  for (const entry of await follows.list()) {
    if (entry.watch && entry.watch.unseen.length > 0) await follows.update(entry.researcherId, { watch: { ...entry.watch, unseen: [] } });
  }
}
