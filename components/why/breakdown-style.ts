/** "Why this score?" look, shared by the card (shadow root) and the profile view (extension pages). */
export const BREAKDOWN_CSS = `
.why{margin:.5rem 0 0;border-top:1px solid var(--pl-line);padding-top:.4rem}
.disclosure{border:0;padding:.15rem 0;background:none;color:var(--pl-ink);font:inherit;font-weight:600;cursor:pointer}
.breakdown{font-size:12px}
.sum{margin:.3rem 0;font-weight:600}
.gate strong{font-weight:700}
.parts{margin:.3rem 0;padding:0;list-style:none}
.part{margin:.35rem 0;padding:.3rem 0 0;border-top:1px dashed var(--pl-line)}
.part-head{display:flex;justify-content:space-between;margin:0;font-weight:600}
.words{margin:.1rem 0 .2rem;color:var(--pl-muted)}
.inputs{margin:0;padding:0 0 0 .6rem;list-style:none}
.inputs li{display:grid;grid-template-columns:1fr auto;gap:0 .5rem;margin:.15rem 0}
.inputs .src{grid-column:1 / -1;color:var(--pl-muted);font-size:11px}
.pts{font-variant-numeric:tabular-nums;white-space:nowrap}`;
