import { useEffect, useState } from 'preact/hooks';
import { actionFailure, type ActionsClient, type SessionView } from '../../lib/actions/client';
import type { ResearcherProfile } from '../../lib/api/profile';
import type { ServiceHealth } from './health';
import type { ProfileSource } from '../../lib/profile/profile-source';
import { addRecent, readRecent, type RecentArea, type RecentLookup } from '../search/recent';
import { ProfileScreen } from '../profile/ProfileScreen';
import { PAGE_CSS } from '../profile/profile-style';
import { SearchBox } from '../search/SearchBox';
import { PopupStatus } from '../PopupStatus';
import { AccountBar } from '../account/AccountBar';
import { ResearcherActions } from '../actions/ResearcherActions';
import { ACTIONS_CSS } from '../actions/actions-style';
import { FollowingTab, type FollowingTabProps } from '../follow/FollowingTab';
import { InboxTab } from '../inbox/InboxTab';
import { MyProfileTab } from '../me/MyProfileTab';
import { PopupProfile } from './PopupProfile';
import { PopupTabs, type PopupTab } from './PopupTabs';
import { SiteSwitch } from './SiteSwitch';
import type { SettingsArea } from '../../lib/settings/reader-settings';
import { describeSelection, type SelectionQuery } from '../../lib/lookup/selection-query';

export interface PopupAppProps {
  source: ProfileSource;
  recentArea: RecentArea;
  health: ServiceHealth | 'checking';
  serviceUrl: string;
  openFullPage: (id: string) => void;
  /** Opens the options page (the footer's link to the sites list). */
  openOptions?: (() => void) | undefined;
  searchDelayMs?: number;
  /** Follow, claim, connect and the account; without it the popup is search only. */
  actions?: ActionsClient;
  notifications?: FollowingTabProps['notifications'];
  /** The tab to open on: a notification's click opens `popup.html#inbox` or `#following`. */
  initialTab?: PopupTab | undefined;
  /** A selection to look up (`popup.html?lookup=…`, opened from the context menu), already recognised. */
  lookup?: SelectionQuery | undefined;
  /** The page of the active tab, for "Badges on ‹site›" (none when the popup is a tab of its own). */
  site?: { tabUrl: string; area: SettingsArea } | undefined;
}

/** The toolbar popup: look a researcher up, then read their profile here or full-size. */
export function PopupApp({ source, recentArea, health, serviceUrl, openFullPage, openOptions, searchDelayMs, actions, notifications, initialTab, lookup, site }: PopupAppProps) {
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  const [tab, setTab] = useState<PopupTab>(actions && initialTab ? initialTab : 'search');
  const [session, setSession] = useState<SessionView | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const [signInError, setSignInError] = useState<string | null>(null);
  const refreshSession = () => actions?.session().then(setSession, () => undefined);
  useEffect(() => void refreshSession(), [actions]);

  function account(run: (client: ActionsClient) => Promise<SessionView>) {
    if (!actions) return;
    setSigningIn(true);
    setSignInError(null);
    run(actions).then(
      (view) => {
        setSession(view);
        setSigningIn(false);
      },
      (e: unknown) => {
        setSignInError(actionFailure(e));
        setSigningIn(false);
      },
    );
  }
  /** Profiles visited from the search, newest last; Back pops one. */
  const [trail, setTrail] = useState<string[]>([]);
  useEffect(() => void readRecent(recentArea).then(setRecent), [recentArea]);

  const current = tab === 'search' ? trail.at(-1) : undefined;
  function choose(lookup: RecentLookup) {
    void addRecent(recentArea, lookup).then(setRecent);
    setTrail([lookup.id]);
  }
  function openResearcher(id: string) {
    setTab('search');
    setTrail([id]);
  }
  const me = session?.me ?? null;
  const tabs: PopupTab[] = ['search', 'following', 'inbox', ...(me && me.claims.length > 0 ? (['me'] as const) : [])];

  return (
    <main class={current ? 'popup wide' : 'popup'}>
      <style>{PAGE_CSS + ACTIONS_CSS + POPUP_CSS}</style>
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
          </span>
        )}
      </header>
      {actions && (
        <>
          <AccountBar session={session} busy={signingIn} error={signInError} onSignIn={() => account((c) => c.signIn())} onSignOut={() => account((c) => c.signOut())} onFollowOffer={(yes) => account((c) => c.answerFollowOffer(yes))} />
          <PopupTabs tabs={tabs} current={tab} counts={{ inbox: me?.unreadInvitations ?? 0 }} onSelect={setTab} />
        </>
      )}
      {actions && tab === 'following' ? (
        <FollowingTab
          client={actions}
          newestWorks={(id, signal) => source.works(id, 1, signal)}
          onOpenResearcher={openResearcher}
          notifications={notifications ?? { on: false, set: async () => 'Notifications are not available here.' }}
        />
      ) : actions && tab === 'inbox' ? (
        <InboxTab client={actions} signedIn={session?.signedIn ?? false} onRead={() => void refreshSession()} />
      ) : actions && tab === 'me' && me ? (
        <MyProfileTab
          me={me}
          client={actions}
          onChanged={() => void refreshSession()}
          onOpenInbox={() => setTab('inbox')}
          nameOf={(id, signal) => source.profile(id, signal).then((p) => p.summary.name)}
        />
      ) : current ? (
        <ProfileScreen
          id={current}
          source={source}
          onOpenResearcher={(id) => setTrail((t) => [...t, id])}
          view={(p) => <PopupProfile profile={p.profile} onOpenResearcher={p.onOpenResearcher} onOpenFull={openFullPage} actions={p.actions} />}
          {...(actions ? {
                actions: (p: ResearcherProfile, refresh: () => void) => (
                  <ResearcherActions key={session?.orcid ?? 'signed-out'} summary={p.summary} client={actions} paper={newestPaper(p)} onRecordChanged={refresh} />
                ),
              } : {})}
        />
      ) : (
        <>
          {lookup && (
            <p class={lookup.kind === 'none' ? 'lookup-note error' : 'lookup-note'} data-lookup-kind={lookup.kind}>
              {describeSelection(lookup)}
            </p>
          )}
          {site && <SiteSwitch tabUrl={site.tabUrl} area={site.area} />}
          <SearchBox
            search={(q, signal) => source.search(q, signal)}
            recent={recent}
            onChoose={choose}
            {...(searchDelayMs === undefined ? {} : { delayMs: searchDelayMs })}
            {...(lookup && lookup.kind !== 'none' ? { initialQuery: lookup.query } : {})}
          />
          <PopupStatus health={health} serviceUrl={serviceUrl} onOpenOptions={openOptions} />
        </>
      )}
    </main>
  );
}

/** The paper an invitation from the popup is about, unless the reader changes it: the newest work. */
export function newestPaper(profile: ResearcherProfile): string | undefined {
  const work = profile.works.items[0];
  return work?.doi ?? work?.arxivId ?? undefined;
}

const POPUP_CSS = `
.popup{width:24rem;padding:.8rem 1rem 1rem}
.popup.wide{width:30rem}
.bar{display:flex;align-items:center;justify-content:space-between;gap:.5rem;margin:0 0 .6rem}
.title{display:flex;align-items:center;gap:.4rem;margin:0;font-size:15px;font-weight:700}
.bar-actions{display:flex;gap:.4rem}
.bar-actions .action{padding:.2rem .55rem;font-size:12px}
.popup h1{font-size:17px}
.profile.compact .full-link{margin:.7rem 0 0}
.profile.compact .why{margin:.3rem 0}
.lookup-note{margin:0 0 .4rem;font-size:12px}
.site-switch{margin:0 0 .6rem;font-size:13px}
.site-switch small{display:block;color:var(--muted,#666);font-size:12px}
.site-switch .error{color:#b3261e}`;
