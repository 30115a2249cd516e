import { BANDS, VERIFICATION_LEVELS } from '../../lib/api/constants';
import { BAND_MEANING, LEVEL_MEANING, MARK_MEANING, SCORE_MEANING } from '../content/legend';
import { BAND_CLASS } from '../../lib/badge/band-theme';

/**
 * What the badge's bands, levels and marks mean, one line each, folded away under the card: every badge
 * opens a card, so every badge reaches it. The band chips carry the same gauge as the badge.
 */
export function BadgeLegend() {
  return (
    <details class="legend">
      <summary>What the bands, levels and marks mean</summary>
      <p class="line muted">{SCORE_MEANING}</p>
      <ul aria-label="Bands">
        {BANDS.map((band) => (
          <li key={band}>
            <span class={`chip ${BAND_CLASS[band]}`}>{band}</span> {BAND_MEANING[band].range}: {BAND_MEANING[band].line}
          </li>
        ))}
      </ul>
      <ul aria-label="Verification levels">
        {VERIFICATION_LEVELS.map((level) => (
          <li key={level}>
            <strong>
              {level} {LEVEL_MEANING[level].name}
            </strong>
            : {LEVEL_MEANING[level].line}
          </li>
        ))}
      </ul>
      <ul aria-label="Marks">
        {MARK_MEANING.map((m) => (
          <li key={m.mark}>
            <span class="chip mark" aria-hidden="true">
              {m.mark}
            </span>{' '}
            <strong>{m.label}</strong>: {m.line}
          </li>
        ))}
      </ul>
    </details>
  );
}
