import type { ResearcherSummary } from '../../lib/api/researcher';
import type { TrustBreakdown } from '../../lib/api/profile';
import { formatNumber, inputInWords, partInWords, scoreInWords, traceCounts } from './input-words';

const LEVELS: Record<string, string> = {
  L0: 'name only — no score is shown',
  L1: 'a public author record reached through the paper’s identifier',
  L2: 'L1 and an ORCID iD asserted outside disambiguation',
  L3: 'claimed by its researcher through ORCID sign-in',
  L4: 'claimed, and validated by an ORCID member organisation',
};

/**
 * The arithmetic behind a score: each part with its inputs in words, their points and sources, the
 * penalties, the band gate, and where each count on the card comes from.
 */
export function TrustBreakdownView({ breakdown, summary }: { breakdown: TrustBreakdown; summary?: ResearcherSummary | undefined }) {
  const { heldBy, parts, penalties, verification } = breakdown;
  return (
    <div class="breakdown">
      <p class="sum">{scoreInWords(breakdown)}</p>
      {heldBy && (
        <p class="note gate">
          <strong>Band gate:</strong> {heldBy}
        </p>
      )}
      <p class="line muted">
        Verification {verification}: {LEVELS[verification]}.
      </p>
      <ol class="parts">
        {parts.map((part) => (
          <li key={part.key} class="part">
            <p class="part-head">
              <span>{part.label}</span>
              <span class="pts">
                {formatNumber(part.points)} / {part.max}
              </span>
            </p>
            <p class="words">{partInWords(part)}</p>
            <ul class="inputs">
              {part.inputs.map((input) => (
                <li key={input.label}>
                  <span>{inputInWords(input)}</span>
                  <span class="pts">
                    {formatNumber(input.points)} / {formatNumber(input.max)}
                  </span>
                  <span class="src">{input.source}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div class="part">
        <p class="part-head">
          <span>Penalties</span>
          <span class="pts">{formatNumber(penalties.reduce((n, p) => n + p.points, 0))}</span>
        </p>
        {penalties.length === 0 ? (
          <p class="words">No retractions or expressions of concern.</p>
        ) : (
          <ul class="inputs">
            {penalties.map((p) => (
              <li key={p.label}>
                <span>
                  {p.count} × {p.label}
                </span>
                <span class="pts">{formatNumber(p.points)}</span>
                <span class="src">{p.source}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {summary && (
        <div class="part">
          <p class="part-head">
            <span>Counts on this card</span>
          </p>
          <ul class="inputs">
            {traceCounts(summary, breakdown).map((t) => (
              <li key={t.shown}>
                <span>{t.shown}</span>
                <span class="src">{t.from}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
