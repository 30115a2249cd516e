import type { Band } from '../api/researcher';

/**
 * Band colours as CSS custom properties, shared by the badge and the card so both say the same thing.
 * Each band has a fill and the text that reads on it, for light and dark pages.
 */
export const BAND_CLASS: Record<Band, string> = {
  Emerging: 'band band-emerging',
  Developing: 'band band-developing',
  Established: 'band band-established',
  Trusted: 'band band-trusted',
  Exemplary: 'band band-exemplary',
};

/**
 * Bands told apart without colour: a small gauge before the score, filled a fifth per band (Emerging
 * one fifth … Exemplary full), drawn in the text's own colour.
 */
const BAND_GAUGE = `
.band-emerging{--pl-rank:20%}.band-developing{--pl-rank:40%}.band-established{--pl-rank:60%}.band-trusted{--pl-rank:80%}.band-exemplary{--pl-rank:100%}
.band::before{content:"";display:inline-block;box-sizing:border-box;flex:none;width:.5em;height:.85em;margin:0 .3em 0 0;vertical-align:-.1em;
border:1px solid currentColor;border-radius:1px;background:linear-gradient(to top,currentColor var(--pl-rank,0%),transparent var(--pl-rank,0%))}`;

const LIGHT = `
:host{--pl-neutral:#e5e7eb;--pl-neutral-ink:#374151;--pl-error:#fee2e2;--pl-error-ink:#991b1b;
--pl-surface:#ffffff;--pl-ink:#111827;--pl-muted:#4b5563;--pl-line:#d1d5db;--pl-focus:#2563eb}
.band-emerging{--pl-fill:#e2e8f0;--pl-fill-ink:#334155}
.band-developing{--pl-fill:#ccfbf1;--pl-fill-ink:#115e59}
.band-established{--pl-fill:#dcfce7;--pl-fill-ink:#166534}
.band-trusted{--pl-fill:#dbeafe;--pl-fill-ink:#1e40af}
.band-exemplary{--pl-fill:#f3e8ff;--pl-fill-ink:#6b21a8}`;

/** Written once with `H` for the host selector, used under the media query and under `data-theme`. */
const dark = (H: string, prefix: string) => `
${H}{--pl-neutral:#374151;--pl-neutral-ink:#e5e7eb;--pl-error:#7f1d1d;--pl-error-ink:#fecaca;
--pl-surface:#1f2937;--pl-ink:#f9fafb;--pl-muted:#d1d5db;--pl-line:#4b5563;--pl-focus:#93c5fd}
${prefix}.band-emerging{--pl-fill:#475569;--pl-fill-ink:#f1f5f9}
${prefix}.band-developing{--pl-fill:#115e59;--pl-fill-ink:#ccfbf1}
${prefix}.band-established{--pl-fill:#166534;--pl-fill-ink:#dcfce7}
${prefix}.band-trusted{--pl-fill:#1e40af;--pl-fill-ink:#dbeafe}
${prefix}.band-exemplary{--pl-fill:#6b21a8;--pl-fill-ink:#f3e8ff}`;

/**
 * Dark when the reader's system asks for it, and also when the host page itself is dark (the card's
 * host gets `data-theme="dark"` from `pageLooksDark`): many sites have a dark theme of their own.
 */
export const THEME_CSS = `${LIGHT}${BAND_GAUGE}
@media (prefers-color-scheme: dark){${dark(':host', '')}}
${dark(':host([data-theme="dark"])', ':host([data-theme="dark"]) ')}`;

/** True when the page paints a dark background (body first, then html), whatever the system setting. */
export function pageLooksDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseRgb(view.getComputedStyle(el).backgroundColor);
    // A transparent body shows the html's background (or the canvas): look further.
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.3;
  }
  return false;
}

function parseRgb(color: string): [number, number, number, number] | null {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/);
  if (!m) return null;
  const a = m[4];
  const alpha = a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG): 0 black, 1 white. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
