export const POPUP_TABS = ['search', 'following', 'inbox', 'me'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

/** `#inbox`, `#following`…: the tab a link (a notification's click) asks the popup to open on. */
export function tabFromHash(hash: string): PopupTab | undefined {
  const name = hash.replace(/^#/, '');
  return (POPUP_TABS as readonly string[]).includes(name) ? (name as PopupTab) : undefined;
}

const LABELS: Record<PopupTab, string> = { search: 'Search', following: 'Following', inbox: 'Inbox', me: 'My profile' };

/** The popup's tab strip; counts (new works, unread invitations) ride on their tab. */
export function PopupTabs({ tabs, current, counts, onSelect }: { tabs: PopupTab[]; current: PopupTab; counts: Partial<Record<PopupTab, number>>; onSelect: (tab: PopupTab) => void }) {
  return (
    <div class="tabs" role="tablist" aria-label="PeerLens">
      {tabs.map((tab) => (
        <button key={tab} type="button" role="tab" id={`tab-${tab}`} aria-selected={tab === current} onClick={() => onSelect(tab)}>
          {LABELS[tab]}
          {(counts[tab] ?? 0) > 0 && (
            <span class="count" aria-label={`${counts[tab]} new`}>
              {counts[tab]}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
