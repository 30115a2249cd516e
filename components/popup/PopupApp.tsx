import { useEffect, useState } from 'preact/hooks';
import type { ServiceHealth } from '../../lib/config/health';
import type { ProfileSource } from '../../lib/profile/profile-source';
import { addRecent, readRecent, type RecentArea, type RecentLookup } from '../../lib/search/recent';
import { ProfileScreen } from '../profile/ProfileScreen';
import { PAGE_CSS } from '../profile/profile-style';
import { SearchBox } from '../search/SearchBox';
import { PopupStatus } from '../PopupStatus';

export interface PopupAppProps {
  source: ProfileSource;
  recentArea: RecentArea;
  health: ServiceHealth | 'checking';
  serviceUrl: string;
  openFullPage: (id: string) => void;
  searchDelayMs?: number;
}

/** The toolbar popup: look a researcher up, then read their profile here or full-size. */
export function PopupApp({ source, recentArea, health, serviceUrl, openFullPage, searchDelayMs }: PopupAppProps) {
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  /** Profiles visited from the search, newest last; Back pops one. */
  const [trail, setTrail] = useState<string[]>([]);
  useEffect(() => void readRecent(recentArea).then(setRecent), [recentArea]);

  const current = trail.at(-1);
  function choose(lookup: RecentLookup) {
    void addRecent(recentArea, lookup).then(setRecent);
    setTrail([lookup.id]);
  }

  return (
    <main class={current ? 'popup wide' : 'popup'}>
      <style>{PAGE_CSS + POPUP_CSS}</style>
      <header class="bar">
        <p class="title">
          <img src="/icon/32.png" width={18} height={18} alt="" />
          PeerLens
        </p>
        {current && (
          <span class="bar-actions">
            <button type="button" class="action" onClick={() => setTrail((t) => t.slice(0, -1))}>
              ← Back
            </button>
            <button type="button" class="action" onClick={() => openFullPage(current)}>
              Open full size
            </button>
          </span>
        )}
      </header>
      {current ? (
        <ProfileScreen id={current} source={source} onOpenResearcher={(id) => setTrail((t) => [...t, id])} />
      ) : (
        <>
          <SearchBox
            search={(q, signal) => source.search(q, signal)}
            recent={recent}
            onChoose={choose}
            {...(searchDelayMs === undefined ? {} : { delayMs: searchDelayMs })}
          />
          <PopupStatus health={health} serviceUrl={serviceUrl} />
        </>
      )}
    </main>
  );
}

const POPUP_CSS = `
.popup{width:24rem;padding:.8rem 1rem 1rem}
.popup.wide{width:30rem}
.bar{display:flex;align-items:center;justify-content:space-between;gap:.5rem;margin:0 0 .6rem}
.title{display:flex;align-items:center;gap:.4rem;margin:0;font-size:15px;font-weight:700}
.bar-actions{display:flex;gap:.4rem}
.bar-actions .action{padding:.2rem .55rem;font-size:12px}
.popup h1{font-size:17px}`;
