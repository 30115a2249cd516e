import type { ComponentChildren } from 'preact';
import type { ResearcherProfile, WorksPage } from '../../lib/api/profile';
import { distinctOtherNames, isPersonName } from '../../lib/names/noise';
import { ResearcherSnapshot } from '../ResearcherSnapshot';
import { ProfileIds } from './ProfileIds';
import { WhyThisScore } from '../why/WhyThisScore';
import { ResearchGraph } from './ResearchGraph';
import { WorksList } from './WorksList';

export interface ProfileViewProps {
  profile: ResearcherProfile;
  loadWorks: (page: number, signal: AbortSignal) => Promise<WorksPage>;
  /** Moves to another researcher's profile (a collaborator, a graph node). */
  onOpenResearcher: (id: string) => void;
  /** Follow, claim, connect for this researcher (extension pages pass them; tests may not). */
  actions?: ComponentChildren;
}

/** One researcher's profile: the same components in the popup and on the full page. */
export function ProfileView({ profile, loadWorks, onOpenResearcher, actions }: ProfileViewProps) {
  const { summary } = profile;
  // The service filters these too; profiles cached before it did still carry the noise.
  const otherNames = distinctOtherNames(summary.name, profile.otherNames);
  const collaborators = profile.collaborators.filter((c) => isPersonName(c.summary.name));
  return (
    <article class="profile" aria-labelledby="profile-name">
      <header class="profile-head">
        <h1 id="profile-name">{summary.name}</h1>
        <ProfileIds profile={profile} />
        {otherNames.length > 0 && <p class="muted small">Also published as {otherNames.slice(0, 5).join(', ')}</p>}
        {profile.mergedFrom && <p class="note">{profile.mergedFrom} was merged into this record upstream.</p>}
        {/* The Follow button below carries the follower count. */}
        <ResearcherSnapshot researcher={summary} said={{ followers: actions !== undefined }} />
        {actions}
        <WhyThisScore breakdown={profile.breakdown} summary={summary} />
      </header>

      <section aria-labelledby="graph-h">
        <h2 id="graph-h">Research graph</h2>
        <ResearchGraph profile={profile} onOpenResearcher={onOpenResearcher} />
      </section>

      <section aria-labelledby="topics-h">
        <h2 id="topics-h">Topics</h2>
        {profile.topics.length === 0 ? (
          <p class="muted">No topics recorded.</p>
        ) : (
          <ul class="topic-list">
            {[...profile.topics]
              .sort((a, b) => b.share - a.share)
              .map((t) => (
                <li key={t.id}>
                  <span>
                    {t.name}
                    {t.field && <span class="muted small"> · {t.field}</span>}
                  </span>
                  <span class="share" aria-label={`${Math.round(t.share * 100)}% of works`}>
                    <span class="bar" style={{ width: `${Math.round(t.share * 100)}%` }} />
                    <span class="pct">{Math.round(t.share * 100)}%</span>
                  </span>
                </li>
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="collab-h">
        <h2 id="collab-h">Close collaborators</h2>
        {collaborators.length === 0 ? (
          <p class="muted">No close collaborators (two or more shared works) yet.</p>
        ) : (
          <ul class="collaborators">
            {collaborators.map((c) => (
              <li key={c.summary.id}>
                <button type="button" class="linkish" onClick={() => onOpenResearcher(c.summary.id)}>
                  {c.summary.name}
                </button>
                <span class="muted small">
                  {' '}
                  {c.sharedWorks} shared {c.sharedWorks === 1 ? 'work' : 'works'}
                  {c.summary.trust.score !== null && ` · Trust ${c.summary.trust.score}`} · {c.summary.trust.verification}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="inst-h">
        <h2 id="inst-h">Institutions</h2>
        {profile.institutions.length === 0 ? (
          <p class="muted">Affiliation not imported.</p>
        ) : (
          <ul class="institutions">
            {profile.institutions.map((i) => (
              <li key={i.id}>
                {i.name}
                {i.country && <span class="muted small"> · {i.country}</span>}
                {i.years.length > 0 && (
                  <span class="muted small">
                    {' '}
                    · {Math.min(...i.years)}
                    {Math.max(...i.years) !== Math.min(...i.years) && `–${Math.max(...i.years)}`}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="works-h">
        <h2 id="works-h">Works</h2>
        <WorksList first={profile.works} loadPage={loadWorks} />
      </section>
    </article>
  );
}
