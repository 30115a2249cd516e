export interface Freshness {
  /** How long a stored work or author record is served without asking OpenAlex again. */
  recordMs: number;
  /** How long "OpenAlex has no such paper" is believed; new preprints appear within days. */
  missMs: number;
}

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_FRESHNESS: Freshness = { recordMs: 7 * DAY, missMs: 1 * DAY };

export function isFresh(fetchedAt: Date, maxAgeMs: number, now: Date): boolean {
  return now.getTime() - fetchedAt.getTime() < maxAgeMs;
}
