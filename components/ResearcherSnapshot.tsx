import type { ResearcherSummary } from '../lib/api/researcher';
import { TrustLine } from './TrustLine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The snapshot a badge stands for: score, level, claim status, counts, affiliation, openness. */
/**
 * `withActions`: the card's action row follows, and says the claim status and the follower count itself
 * (beside "Claim this record" and "Follow"), so the snapshot does not say them again.
 */
export function ResearcherSnapshot({ researcher, compact = false, withActions = false }: { researcher: ResearcherSummary; compact?: boolean; withActions?: boolean }) {
  const { trust, counts } = researcher;
  return (
    <div>
      <TrustLine trust={trust} />
      {trust.heldBy && <p class="note">{trust.heldBy}</p>}
      {!withActions && <p class="line">{trust.claimed ? 'Claimed author' : 'Unclaimed author'}</p>}
      {compact ? (
        <p class="line muted">{plural(counts.works, 'work', 'works')}</p>
      ) : (
        <ul class="counts" aria-label="Counts">
          <li>{plural(counts.works, 'work', 'works')}</li>
          {!withActions && <li>{plural(counts.followers, 'follower', 'followers')}</li>}
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
