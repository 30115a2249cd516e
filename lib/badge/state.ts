import type { MatchState } from '../api/resolve';

/** `data-state` of a badge host (Badge DOM contract in DESIGN.md). */
export type BadgeState = 'loading' | MatchState | 'error';
