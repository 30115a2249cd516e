import type { Band } from '../api/researcher';

/**
 * Band colours as CSS custom properties, shared by the badge and the card so both say the same thing.
 * Each band has a fill and the text that reads on it, for light and dark pages.
 */
export const BAND_CLASS: Record<Band, string> = {
  Emerging: 'band-emerging',
  Developing: 'band-developing',
  Established: 'band-established',
  Trusted: 'band-trusted',
  Exemplary: 'band-exemplary',
};

export const THEME_CSS = `
:host{--pl-neutral:#e5e7eb;--pl-neutral-ink:#374151;--pl-error:#fee2e2;--pl-error-ink:#991b1b;
--pl-surface:#ffffff;--pl-ink:#111827;--pl-muted:#4b5563;--pl-line:#d1d5db;--pl-focus:#2563eb}
.band-emerging{--pl-fill:#e2e8f0;--pl-fill-ink:#334155}
.band-developing{--pl-fill:#ccfbf1;--pl-fill-ink:#115e59}
.band-established{--pl-fill:#dcfce7;--pl-fill-ink:#166534}
.band-trusted{--pl-fill:#dbeafe;--pl-fill-ink:#1e40af}
.band-exemplary{--pl-fill:#f3e8ff;--pl-fill-ink:#6b21a8}
@media (prefers-color-scheme: dark){
:host{--pl-neutral:#374151;--pl-neutral-ink:#e5e7eb;--pl-error:#7f1d1d;--pl-error-ink:#fecaca;
--pl-surface:#1f2937;--pl-ink:#f9fafb;--pl-muted:#d1d5db;--pl-line:#4b5563;--pl-focus:#93c5fd}
.band-emerging{--pl-fill:#475569;--pl-fill-ink:#f1f5f9}
.band-developing{--pl-fill:#115e59;--pl-fill-ink:#ccfbf1}
.band-established{--pl-fill:#166534;--pl-fill-ink:#dcfce7}
.band-trusted{--pl-fill:#1e40af;--pl-fill-ink:#dbeafe}
.band-exemplary{--pl-fill:#6b21a8;--pl-fill-ink:#f3e8ff}
}`;
