import type { ResearcherSummary } from '../lib/api/researcher';
import { TrustLine } from './TrustLine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The snapshot a badge stands for: score, level, claim status, counts, affiliation, openness. */
export function ResearcherSnapshot({ researcher, compact = false }: { researcher: ResearcherSummary; compact?: boolean }) {
  const { trust, counts } = researcher;
  return (
    <div>
      <TrustLine trust={trust} />
      {trust.heldBy && <p class="note">{trust.heldBy}</p>}
      <p class="line">{trust.claimed ? 'Claimed author' : 'Unclaimed author'}</p>
      {compact ? (
        <p class="line muted">{plural(counts.works, 'work', 'works')}</p>
      ) : (
        <ul class="counts" aria-label="Counts">
          <li>{plural(counts.works, 'work', 'works')}</li>
          <li>{plural(counts.followers, 'follower', 'followers')}</li>
          <li>{plural(counts.topics, 'topic', 'topics')}</li>
          <li>{plural(counts.closeCollaborators, 'close collaborator', 'close collaborators')}</li>
        </ul>
      )}
      <p class={researcher.affiliation ? 'line' : 'line muted'}>{researcher.affiliation ?? 'Affiliation not imported'}</p>
      {researcher.openToCollaborate && <p class="line">Open to collaborate</p>}
    </div>
  );
}
