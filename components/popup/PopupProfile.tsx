import type { ComponentChildren } from 'preact';
import type { ResearcherProfile } from '../../lib/api/profile';
import { isPersonName } from '../../lib/names/noise';
import { ResearcherSnapshot } from '../ResearcherSnapshot';
import { ProfileIds } from '../profile/ProfileIds';
import { TopTopics } from '../TopTopics';
import { WhyThisScore } from '../why/WhyThisScore';

/** Close collaborators the popup lists by name (the full profile lists them all). */
const POPUP_COLLABORATORS = 4;

/**
 * The popup's profile: who, the snapshot, the actions, why this score, top topics and a few close
 * collaborators — one screen of a 600 px popup. The graph, institutions and works are on the full profile.
 */
export function PopupProfile({
  profile,
  onOpenResearcher,
  onOpenFull,
  actions,
}: {
  profile: ResearcherProfile;
  onOpenResearcher: (id: string) => void;
  onOpenFull: (id: string) => void;
  actions?: ComponentChildren;
}) {
  const { summary } = profile;
  // As on the full profile: strings that are not one person are not listed as collaborators.
  const collaborators = profile.collaborators.filter((c) => isPersonName(c.summary.name));
  const shown = collaborators.slice(0, POPUP_COLLABORATORS);
  const more = collaborators.length - shown.length;
  return (
    <article class="profile compact" aria-labelledby="profile-name">
      <h1 id="profile-name">{summary.name}</h1>
      <ProfileIds profile={profile} small />
      {/* The Follow button in the actions carries the follower count. */}
      <ResearcherSnapshot researcher={summary} said={{ followers: actions !== undefined }} />
      {actions}
      <WhyThisScore breakdown={profile.breakdown} summary={summary} />
      <TopTopics topics={profile.topics} />
      {shown.length > 0 && (
        <p class="line collaborators-line">
          <span class="muted">Close collaborators: </span>
          {shown.map((c, i) => (
            <span key={c.summary.id}>
              {i > 0 && ', '}
              <button type="button" class="linkish" onClick={() => onOpenResearcher(c.summary.id)}>
                {c.summary.name}
              </button>
            </span>
          ))}
          {more > 0 && <span class="muted"> and {more} more</span>}
        </p>
      )}
      <p class="full-link">
        <button type="button" class="action" onClick={() => onOpenFull(summary.id)}>
          Open full profile
        </button>{' '}
        <span class="muted small">research graph, institutions and all {summary.counts.works === 1 ? '1 work' : `${summary.counts.works} works`}</span>
      </p>
    </article>
  );
}
