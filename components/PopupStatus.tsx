import type { ServiceHealth } from '../lib/config/health';

const WORDS: Record<ServiceHealth | 'checking', string> = {
  checking: 'Checking the PeerLens service…',
  up: 'PeerLens service reachable',
  degraded: 'PeerLens service answers, but is not ready (its database is not answering)',
  down: 'PeerLens service unreachable',
};

const STYLE = `
:root{color-scheme:light dark;--ink:#111827;--muted:#4b5563;--up:#166534;--down:#991b1b;--bg:#fff}
@media (prefers-color-scheme: dark){:root{--ink:#f9fafb;--muted:#d1d5db;--up:#4ade80;--down:#fca5a5;--bg:#1f2937}}
body{margin:0;background:var(--bg);color:var(--ink);font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
main{width:18rem;padding:.9rem 1rem}
h1{display:flex;align-items:center;gap:.45rem;font-size:16px;margin:0 0 .6rem}
.status{margin:.3rem 0;font-weight:600}
.status.up{color:var(--up)} .status.down,.status.degraded{color:var(--down)}
.muted{color:var(--muted);margin:.3rem 0;word-break:break-all}`;

/** The popup for now: what PeerLens does here, and whether its service answers. Search comes later. */
export function PopupStatus({ health, serviceUrl }: { health: ServiceHealth | 'checking'; serviceUrl: string }) {
  return (
    <main>
      <style>{STYLE}</style>
      <h1>
        <img src="/icon/32.png" width={20} height={20} alt="" />
        PeerLens
      </h1>
      <p class={`status ${health}`} role="status">
        {WORDS[health]}
      </p>
      <p class="muted">{serviceUrl}</p>
      <p>Trust badges appear next to author names on arXiv abstract pages (arxiv.org/abs/…).</p>
    </main>
  );
}
