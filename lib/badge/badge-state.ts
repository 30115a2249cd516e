import type { MatchState } from '../api/resolve';

/**
 * `data-state` of a badge host (Badge DOM contract in DESIGN.md), plus `idle`: privacy mode's
 * "click to look up" badge, for which nothing has been sent yet.
 */
export type BadgeState = 'idle' | 'loading' | MatchState | 'error';

/** What a resolved badge shows: the score alone, or the score and the verification level. */
export type BadgeDensity = 'score' | 'score-level';
