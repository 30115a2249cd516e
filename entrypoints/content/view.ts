import type { AuthorMatch } from '../../lib/api/resolve';
import type { BadgeDensity, BadgeState } from '../../lib/badge/badge-state';
import { bandLine, LEVEL_MEANING, levelLine } from './legend';
import { BAND_CLASS } from '../../lib/badge/band-theme';

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

export const RETRY_TOOLTIP = 'PeerLens: the service did not answer. Click to try again and see what you can do.';

/** Last line of every tooltip: the card holds the details, the next steps and the legend. */
const MORE = 'Click for details and what the marks mean.';

export function badgeView(authorName: string, state: BadgeState, match?: AuthorMatch, density: BadgeDensity = 'score-level'): BadgeView {
  if (state === 'idle') {
    return { state, text: '⌕', tone: 'neutral', ariaLabel: `PeerLens: look up ${authorName}`, tooltip: 'PeerLens privacy mode: click to look up the authors of this paper (nothing is sent until you click)' };
  }
  if (state === 'loading') {
    return { state, text: '…', tone: 'neutral', ariaLabel: `PeerLens: looking up ${authorName}`, tooltip: 'PeerLens: looking up this author…' };
  }
  if (state === 'error') {
    return { state, text: '↻', tone: 'error', ariaLabel: `PeerLens: service unreachable for ${authorName} — retry`, tooltip: RETRY_TOOLTIP };
  }
  const researcher = match?.researcher;
  if (state === 'resolved' && researcher) {
    const { score, band, verification } = researcher.trust;
    const scoreText = score === null ? 'no score' : `Trust ${score}${band ? ` · ${band}` : ''}`;
    const level = `Verification ${verification} (${LEVEL_MEANING[verification].name})`;
    return {
      state,
      text: score === null ? verification : density === 'score' ? String(score) : `${score} · ${verification}`,
      tone: band ? BAND_CLASS[band] : 'neutral',
      ariaLabel: `PeerLens: ${scoreText}, ${level} — open details`,
      // One line for the band and one for the level: what "Established" and "L2" mean, without a click.
      tooltip: [`PeerLens · ${scoreText} · ${verification}`, ...(band ? [bandLine(band)] : []), levelLine(verification), MORE].join('\n'),
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
      tooltip: `PeerLens: ${match?.reason ?? who} — no score shown until the match is certain.\n${MORE}`,
    };
  }
  // Quiet: a long author list may hold thousands of these; the mark is small, the words are in the label.
  const reason = match?.reason ?? 'No researcher record matched this name.';
  return {
    state: 'unresolved',
    text: '○',
    tone: 'quiet',
    ariaLabel: `PeerLens: no researcher record for ${authorName}. ${reason} — open details`,
    tooltip: `PeerLens · no record found\n${reason}\nClick to search this name or retry.`,
  };
}
