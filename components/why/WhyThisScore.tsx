import { useId, useState } from 'preact/hooks';
import type { ResearcherSummary } from '../../lib/api/researcher';
import type { TrustBreakdown } from '../../lib/api/profile';
import { TrustBreakdownView } from './TrustBreakdownView';

/** A disclosure button ("Why this score?") that shows the breakdown below it. */
export function WhyThisScore({ breakdown, summary }: { breakdown: TrustBreakdown; summary?: ResearcherSummary | undefined }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="why">
      <button type="button" class="disclosure" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Why this score?
      </button>
      <div id={id} hidden={!open}>
        {open && <TrustBreakdownView breakdown={breakdown} summary={summary} />}
      </div>
    </div>
  );
}
