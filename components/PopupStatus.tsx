import type { ServiceHealth } from './popup/health';
import { SUPPORTED_SITES } from '../lib/sites/supported-sites';

const WORDS: Record<ServiceHealth | 'checking', string> = {
  checking: 'Checking the PeerLens service…',
  up: 'PeerLens service reachable',
  degraded: 'PeerLens service answers, but is not ready (its database is not answering)',
  down: 'PeerLens service unreachable',
};

/** The popup's footer: whether the service answers, and where badges appear. */
export function PopupStatus({ health, serviceUrl, onOpenOptions }: { health: ServiceHealth | 'checking'; serviceUrl: string; onOpenOptions?: (() => void) | undefined }) {
  const publishers = SUPPORTED_SITES.filter((s) => s.site !== 'arxiv').map((s) => s.label);
  return (
    <footer class="service">
      <style>{`.service{margin-top:.9rem;padding-top:.6rem;border-top:1px solid var(--pl-line);font-size:12px}
.service .status{margin:.1rem 0;font-weight:600}.service .status.up{color:var(--pl-up)}
.service .status.down,.service .status.degraded{color:var(--pl-down)}.service p{margin:.15rem 0}.service .url{word-break:break-all}`}</style>
      <p class={`status ${health}`} role="status">
        {WORDS[health]}
      </p>
      <p class="muted url">{serviceUrl}</p>
      <p class="muted" data-where-badges>
        Badges appear next to author names on arXiv (abstracts, listings, search results, HTML papers), on article pages of {publishers.join(', ')}, and on
        pages of sites you add in{' '}
        {onOpenOptions ? (
          <button type="button" class="linkish" onClick={onOpenOptions}>
            Options
          </button>
        ) : (
          'Options'
        )}
        .
      </p>
    </footer>
  );
}
