import type { AuthorMatch } from '../api/resolve';
import type { BadgeDensity, BadgeState } from './state';
import { BAND_CLASS } from './theme';

/** What a badge shows and says for one state: pure, so every state's wording is testable without a DOM. */
export interface BadgeView {
  state: BadgeState;
  text: string;
  /** Class on the pill: a band colour, neutral, or error. */
  tone: string;
  ariaLabel: string;
  tooltip: string;
  /** Only resolved badges carry the researcher's id, score and level (Badge DOM contract). */
  researcher?: { id: string; score: number | null; verification: string };
}

export const RETRY_TOOLTIP = 'PeerLens service unreachable — retry';

export function badgeView(authorName: string, state: BadgeState, match?: AuthorMatch, density: BadgeDensity = 'score-level'): BadgeView {
  if (state === 'idle') {
    return { state, text: '⌕', tone: 'neutral', ariaLabel: `PeerLens: look up ${authorName}`, tooltip: 'PeerLens privacy mode: click to look up the authors of this paper (nothing is sent until you click)' };
  }
  if (state === 'loading') {
    return { state, text: '…', tone: 'neutral', ariaLabel: `PeerLens: looking up ${authorName}`, tooltip: 'PeerLens: looking up this author…' };
  }
  if (state === 'error') {
    return { state, text: '↻', tone: 'error', ariaLabel: `PeerLens: service unreachable — retry`, tooltip: RETRY_TOOLTIP };
  }
  const researcher = match?.researcher;
  if (state === 'resolved' && researcher) {
    const { score, band, verification } = researcher.trust;
    const scoreText = score === null ? 'no score' : `Trust ${score}${band ? ` · ${band}` : ''}`;
    return {
      state,
      text: score === null ? verification : density === 'score' ? String(score) : `${score} · ${verification}`,
      tone: band ? BAND_CLASS[band] : 'neutral',
      ariaLabel: `PeerLens: ${scoreText}, Verification ${verification} — open details`,
      tooltip: `PeerLens: ${scoreText}, Verification ${verification}`,
      researcher: { id: researcher.id, score, verification },
    };
  }
  if (state === 'ambiguous') {
    const n = match?.candidates?.length ?? 0;
    const who = n > 1 ? `${n} researchers match this name` : 'the match is not certain';
    return {
      state,
      text: '?',
      tone: 'neutral',
      ariaLabel: `PeerLens: ${who}, no score shown — open details`,
      tooltip: `PeerLens: ${match?.reason ?? who} — no score shown until the match is certain`,
    };
  }
  const reason = match?.reason ?? 'No researcher record matched this name.';
  return {
    state: 'unresolved',
    text: '–',
    tone: 'neutral',
    ariaLabel: `PeerLens: no researcher record — open details`,
    tooltip: `PeerLens: ${reason}`,
  };
}
