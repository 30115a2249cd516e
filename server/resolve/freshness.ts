export interface Freshness {
  /** How long a stored work or author record is served without asking OpenAlex again. */
  recordMs: number;
  /**
   * How long "OpenAlex has no such paper" (and the answer found without the work) is believed: hours, so the work
   * path takes over soon after OpenAlex indexes a new paper.
   */
  missMs: number;
}

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_FRESHNESS: Freshness = { recordMs: 7 * DAY, missMs: DAY / 4 };

export function isFresh(fetchedAt: Date, maxAgeMs: number, now: Date): boolean {
  return now.getTime() - fetchedAt.getTime() < maxAgeMs;
}
