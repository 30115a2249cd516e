import type { TrustSnapshot } from '../lib/api/researcher';
import { BAND_CLASS } from '../lib/badge/band-theme';

/** "Trust 21 · Emerging" in its band colour, "Disputed" when someone disputes the owner's claim, then "Verification L1". */
export function TrustLine({ trust }: { trust: TrustSnapshot }) {
  const score = trust.score === null ? 'No score shown' : `Trust ${trust.score}${trust.band ? ` · ${trust.band}` : ''}`;
  return (
    <p class="line">
      <span class={`trust ${trust.band ? BAND_CLASS[trust.band] : 'neutral'}`}>{score}</span>
      {trust.disputed && (
        <span class="disputed-mark" data-disputed="true" title="Someone disputes the owner’s claim of this record; PeerLens is reviewing it.">
          Disputed
        </span>
      )}
      <span class="level">Verification {trust.verification}</span>
    </p>
  );
}
