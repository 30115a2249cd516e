import { useId } from 'preact/hooks';
import type { AuthorMatch } from '../../lib/api/resolve';
import type { BadgeState } from '../../lib/badge/badge-state';
import type { CardProfile } from '../../lib/protocol';
import { BadgeLegend } from './BadgeLegend';
import { CardActions, type CardActionsProps } from './CardActions';
import { CARD_CSS } from './card-style';
import { ResearcherSnapshot } from '../../components/ResearcherSnapshot';
import { TopTopics } from '../../components/TopTopics';
import { WhyThisScore } from '../../components/why/WhyThisScore';

/** The profile behind a resolved card, fetched through the background when the card opens. */
export type CardProfileState =
  | { status: 'loading' }
  | { status: 'ready'; profile: CardProfile }
  | { status: 'error'; message: string };

export interface AuthorCardProps {
  /** The name as the page shows it. */
  authorName: string;
  state: BadgeState;
  match?: AuthorMatch | undefined;
  error?: string | undefined;
  profile?: CardProfileState | undefined;
  onClose?: (() => void) | undefined;
  onRetry?: (() => void) | undefined;
  /** Opens the look-up prefilled with the page's name (unresolved, error and ambiguous cards). */
  onSearch?: (() => void) | undefined;
  onOpenProfile?: ((id: string) => void) | undefined;
  /** The reader says which candidate this name is, or (null) forgets an earlier choice. */
  onPick?: ((researcherId: string | null) => void) | undefined;
  /** Follow, claim, connect, Not me? for a resolved researcher (the followers count comes from the snapshot). */
  actions?: Omit<CardActionsProps, 'followers'> | undefined;
  /**
   * "Not me?" on an ambiguous card: the reader reports that a listed candidate is a wrong match for the page's
   * name. The host opens the report page for that candidate (`open-action-page`, page `report`, with the paper
   * and the page's name), from the trusted click it is given. Without it the rows offer no report.
   */
  onReport?: ((candidateId: string, event: Event) => void) | undefined;
}

/**
 * The small, non-modal card a badge opens: what the service said, and for a resolved researcher the
 * action row (follow, claim, connect, Not me?).
 */
export function AuthorCard(props: AuthorCardProps) {
  const { authorName, state, match } = props;
  const researcher = state === 'resolved' ? match?.researcher : undefined;
  const title = researcher?.name ?? authorName;
  const titleId = useId();
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} tabIndex={-1}>
      <style>{CARD_CSS}</style>
      <div class="head">
        <div>
          <p class="brand" aria-hidden="true">
            PeerLens
          </p>
          <p class="name" id={titleId}>
            {title}
          </p>
          {researcher && researcher.name !== authorName && <p class="as">Listed on this page as “{authorName}”</p>}
        </div>
        {props.onClose && (
          <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        )}
      </div>
      <CardBody {...props} />
      <BadgeLegend />
    </div>
  );
}

function CardBody(props: AuthorCardProps) {
  const { authorName, state, match, error, onRetry, onSearch, onPick, onReport } = props;
  if (state === 'resolved' && match?.researcher) return <ResolvedBody {...props} />;
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
                <p class="name">Is this {c.name}?</p>
                <ResearcherSnapshot researcher={c} compact />
                {onPick && (
                  <button
                    type="button"
                    class="action"
                    aria-label={`Yes, “${authorName}” is ${c.name}${c.affiliation ? ` (${c.affiliation})` : ''}`}
                    onClick={() => onPick(c.id)}
                  >
                    Yes, this is them
                  </button>
                )}
                {onReport && (
                  <button type="button" class="linkish" aria-label={`Not me? Report ${c.name} as a wrong match for “${authorName}”`} onClick={(e) => onReport(c.id, e)}>
                    Not me?
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <NextSteps authorName={authorName} onSearch={onSearch} />
      </div>
    );
  }
  if (state === 'error') {
    return (
      <div>
        <p class="line">PeerLens service unreachable.</p>
        <p class="line muted">The service did not answer, so nothing is known about this name yet. The page itself is unaffected.</p>
        {error && error !== 'PeerLens service unreachable' && (
          <p class="note">
            <span class="label">What went wrong:</span> {error}
          </p>
        )}
        <NextSteps authorName={authorName} onSearch={onSearch} onRetry={onRetry} />
      </div>
    );
  }
  if (state === 'loading') return <p class="line muted">Looking up “{authorName}”…</p>;
  return (
    <div>
      <p class="line">No researcher record found for “{authorName}”.</p>
      <p class="line muted">No score is shown: PeerLens found no public author record it could match to this name on this paper. That says nothing about the person.</p>
      <p class="note">
        <span class="label">Reason given:</span> {match?.reason ?? 'No public author record matched this name on this paper.'}
      </p>
      <NextSteps authorName={authorName} onSearch={onSearch} onRetry={onRetry} />
    </div>
  );
}

/** The way on from a name PeerLens could not place: look the name up, or ask again. */
function NextSteps({ authorName, onSearch, onRetry }: { authorName: string; onSearch?: (() => void) | undefined; onRetry?: (() => void) | undefined }) {
  if (!onSearch && !onRetry) return null;
  return (
    <div class="next" role="group" aria-label="What you can do">
      {onSearch && (
        <button type="button" class="action" aria-label={`Search this name: look up “${authorName}” in PeerLens`} onClick={onSearch}>
          Search this name
        </button>
      )}
      {onRetry && (
        <button type="button" class="action" onClick={onRetry}>
          Retry look-up
        </button>
      )}
    </div>
  );
}

function ResolvedBody({ authorName, match, profile, onOpenProfile, onPick, actions }: AuthorCardProps) {
  const fromBadge = match!.researcher!;
  const loaded = profile?.status === 'ready' && profile.profile.summary.id === fromBadge.id ? profile.profile : null;
  // Once the profile is here its snapshot is shown, so every number matches the breakdown below it.
  const researcher = loaded?.summary ?? fromBadge;
  const chosen = (match?.candidates?.length ?? 0) > 0;
  return (
    <div>
      {/* With the action row, the claim status and follower count are said there once, beside their buttons. */}
      <ResearcherSnapshot researcher={researcher} said={actions?.state ? { claim: true, followers: true } : {}} />
      {match?.method && match.method !== 'work' && <p class="note how">{howMatched(match.method)}</p>}
      {actions && <CardActions {...actions} followers={researcher.counts.followers} />}
      {chosen && (
        <p class="note">
          You chose this researcher for “{authorName}” on this paper.{' '}
          {onPick && (
            <button type="button" class="linkish" onClick={() => onPick(null)}>
              Choose again
            </button>
          )}
        </p>
      )}
      {loaded && <TopTopics topics={loaded.topics} shares={false} />}
      {loaded && <WhyThisScore breakdown={loaded.breakdown} summary={loaded.summary} />}
      {profile?.status === 'loading' && <p class="line muted">Loading topics and the score’s breakdown…</p>}
      {profile?.status === 'error' && <p class="note">Breakdown unavailable: {profile.message}</p>}
      {onOpenProfile && (
        <button type="button" class="action" onClick={() => onOpenProfile(researcher.id)}>
          Open full profile
        </button>
      )}
    </div>
  );
}

/** How a resolved name was matched when the paper itself is not in OpenAlex (the usual, work-based match says nothing). */
export function howMatched(method: 'semantic-scholar' | 'orcid' | 'coauthors'): string {
  const how =
    method === 'semantic-scholar'
      ? 'Matched through Semantic Scholar'
      : method === 'orcid'
        ? 'Matched by the ORCID iD given for this paper'
        : 'Matched through shared papers with co-authors on this paper';
  return `${how}; this paper is not in OpenAlex yet.`;
}
