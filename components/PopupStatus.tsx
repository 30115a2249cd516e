import type { ServiceHealth } from '../lib/config/health';

const WORDS: Record<ServiceHealth | 'checking', string> = {
  checking: 'Checking the PeerLens service…',
  up: 'PeerLens service reachable',
  degraded: 'PeerLens service answers, but is not ready (its database is not answering)',
  down: 'PeerLens service unreachable',
};

/** The popup's footer: whether the service answers, and where badges appear. */
export function PopupStatus({ health, serviceUrl }: { health: ServiceHealth | 'checking'; serviceUrl: string }) {
  return (
    <footer class="service">
      <style>{`.service{margin-top:.9rem;padding-top:.6rem;border-top:1px solid var(--pl-line);font-size:12px}
.service .status{margin:.1rem 0;font-weight:600}.service .status.up{color:var(--pl-up)}
.service .status.down,.service .status.degraded{color:var(--pl-down)}.service p{margin:.15rem 0}.service .url{word-break:break-all}`}</style>
      <p class={`status ${health}`} role="status">
        {WORDS[health]}
      </p>
      <p class="muted url">{serviceUrl}</p>
      <p class="muted">Trust badges appear next to author names on arXiv abstract pages (arxiv.org/abs/…).</p>
    </footer>
  );
}
