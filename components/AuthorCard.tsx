import type { AuthorMatch } from '../lib/api/resolve';
import type { BadgeState } from '../lib/badge/state';
import { CARD_CSS } from './card-style';
import { ResearcherSnapshot } from './ResearcherSnapshot';

export interface AuthorCardProps {
  /** The name as the page shows it. */
  authorName: string;
  state: BadgeState;
  match?: AuthorMatch | undefined;
  error?: string | undefined;
  onClose?: (() => void) | undefined;
  onRetry?: (() => void) | undefined;
}

/**
 * The small, non-modal card a badge opens. It shows only what the service said; actions (follow,
 * claim, connect) come with later issues, so there are no buttons for them here.
 */
export function AuthorCard(props: AuthorCardProps) {
  const { authorName, state, match } = props;
  const researcher = state === 'resolved' ? match?.researcher : undefined;
  const title = researcher?.name ?? authorName;
  return (
    <div class="card" role="dialog" aria-label={`PeerLens: ${title}`} tabIndex={-1}>
      <style>{CARD_CSS}</style>
      <div class="head">
        <div>
          <p class="name">{title}</p>
          {researcher && researcher.name !== authorName && <p class="as">Listed on this page as “{authorName}”</p>}
        </div>
        {props.onClose && (
          <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        )}
      </div>
      <CardBody {...props} />
    </div>
  );
}

function CardBody({ authorName, state, match, error, onRetry }: AuthorCardProps) {
  if (state === 'resolved' && match?.researcher) return <ResearcherSnapshot researcher={match.researcher} />;
  if (state === 'ambiguous') {
    const candidates = match?.candidates ?? [];
    return (
      <div>
        <p class="line">
          {candidates.length > 1
            ? `${candidates.length} researchers could be “${authorName}”.`
            : `PeerLens is not sure which researcher “${authorName}” is.`}
        </p>
        {match?.reason && <p class="note">{match.reason}</p>}
        <p class="line muted">No score is shown until the match is certain.</p>
        {candidates.length > 0 && (
          <ul class="candidates" aria-label="Possible researchers">
            {candidates.map((c) => (
              <li key={c.id}>
                <p class="name">{c.name}</p>
                <ResearcherSnapshot researcher={c} compact />
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (state === 'error') {
    return (
      <div>
        <p class="line">PeerLens service unreachable.</p>
        {error && error !== 'PeerLens service unreachable' && <p class="note">{error}</p>}
        {onRetry && (
          <button type="button" class="retry" onClick={onRetry}>
            Retry
          </button>
        )}
      </div>
    );
  }
  if (state === 'loading') return <p class="line muted">Looking up “{authorName}”…</p>;
  return (
    <div>
      <p class="line">No researcher record found for “{authorName}”.</p>
      <p class="note">{match?.reason ?? 'No public author record matched this name on this paper.'}</p>
    </div>
  );
}
