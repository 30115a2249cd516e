import type { ResearcherSummary } from '../lib/api/researcher';
import { TrustLine } from './TrustLine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The snapshot a badge stands for: score, level, claim status, counts, affiliation, openness. */
/**
 * `said`: what an action row below already says beside its button (the card's claim line beside "Claim this
 * record", the follower count beside "Follow"), so the snapshot does not say it again.
 */
export function ResearcherSnapshot({ researcher, compact = false, said = {} }: { researcher: ResearcherSummary; compact?: boolean; said?: { claim?: boolean; followers?: boolean } }) {
  const { trust, counts } = researcher;
  return (
    <div>
      <TrustLine trust={trust} />
      {trust.heldBy && <p class="note">{trust.heldBy}</p>}
      {!said.claim && <p class="line">{trust.claimed ? 'Claimed author' : 'Unclaimed author'}</p>}
      {compact ? (
        <p class="line muted">{plural(counts.works, 'work', 'works')}</p>
      ) : (
        <ul class="counts" aria-label="Counts">
          <li>{plural(counts.works, 'work', 'works')}</li>
          {!said.followers && <li>{plural(counts.followers, 'follower', 'followers')}</li>}
          <li>{plural(counts.topics, 'topic', 'topics')}</li>
          <li>{plural(counts.closeCollaborators, 'close collaborator', 'close collaborators')}</li>
        </ul>
      )}
      {/* Labelled: an institution named "OpenAlex" (Jason Priem's) would otherwise read like a data source. */}
      <p class="line">
        <span class="label">Institution:</span>{' '}
        {researcher.affiliation ?? <span class="muted">not imported</span>}
      </p>
      {researcher.openToCollaborate && <p class="line">Open to collaborate</p>}
    </div>
  );
}
