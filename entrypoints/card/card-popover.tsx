import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AuthorCard, type CardProfileState } from './AuthorCard';
import type { CardActionsState } from './CardActions';
import type { ActionMessage, ChooseMessage } from '../../lib/protocol';
import { CardStateMini, FollowReplyMini } from './card-state-mini';
import type { DetectedPaper } from '../../lib/detect/types';
import type { CardMessage, CardPopover, CardPopoverOptions } from '../content/card-loader';
import type { BadgeRecord } from '../content/controller';
import { renderBadge } from '../content/badge-element';
import { paperIdentityOf } from '../content/resolve-message';
import { lineBox, placeCard } from './card-position';
import { withPick } from '../../lib/badge/candidate-pick';
import { ProfileReplyMini } from './profile-reply-schema';
import { pageLooksDark } from '../../lib/badge/band-theme';
import { badgeView } from '../content/view';

const CARD_WIDTH_PX = 320;
const UNDO_MS = 6000;

/**
 * One shared card host for the whole page, appended to <html> so that absolute coordinates are page
 * coordinates whatever the body's positioning. Non-modal: Esc closes and returns focus to the badge,
 * a click anywhere else closes.
 */
export function createCardPopover(doc: Document, signal: AbortSignal, retry: (record?: BadgeRecord) => void, options: CardPopoverOptions = {}): CardPopover {
  const send = options.send ?? ((message: CardMessage) => browser.runtime.sendMessage(message));
  const paperOf = new Map<unknown, DetectedPaper>();
  for (const paper of options.papers ?? []) for (const author of paper.authors) paperOf.set(author, paper);
  /** Profiles asked for on this page, by researcher id (the background caches across pages). */
  const profiles = new Map<string, CardProfileState>();
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let open: BadgeRecord | null = null;
  /** Follow and claim state per researcher, with the nonce the background issued this tab for its actions. */
  const acts = new Map<string, CardActionsState>();
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** The latest nonce the background issued this tab. */
  let tabNonce: string | null = null;

  const redrawFor = (id: string) => {
    if (!signal.aborted && open?.match?.researcher?.id === id) draw(open);
  };

  /** Asked at each opening: the nonce is fresh, and the state may have changed in another tab. */
  function loadActions(id: string): void {
    void send({ type: 'peerlens:card-open', id })
      .then((raw) => {
        const reply = CardStateMini.safeParse(raw);
        if (reply.success) {
          acts.set(id, { ...reply.data, undo: false, error: null });
          tabNonce = reply.data.nonce;
        }
        redrawFor(id);
      })
      .catch(() => undefined);
  }

  /**
   * Only a real click or key press in the card counts: a page script can call click() on our buttons
   * (isTrusted false) but cannot read the nonce, which lives in this isolated world.
   */
  function sendAction(event: Event, action: ActionMessage['action'], id: string): Promise<unknown> | null {
    // The nonce is the tab's, whichever researcher's card fetched it (an ambiguous card fetches one for all).
    const nonce = acts.get(id)?.nonce ?? tabNonce;
    if (!event.isTrusted || !nonce) return null;
    return send({ type: 'peerlens:action', action, gesture: true, nonce });
  }

  function toggleFollow(id: string, event: Event): void {
    const state = acts.get(id);
    if (!state) return;
    const following = !state.following;
    const sent = sendAction(event, following ? { kind: 'follow', id } : { kind: 'unfollow', id }, id);
    if (!sent) return;
    // Optimistic: the background stores the follow locally first, so it turns at once and rarely turns back.
    acts.set(id, { ...state, following, undo: !state.undo, error: null });
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => {
      const now = acts.get(id);
      if (now) acts.set(id, { ...now, undo: false });
      redrawFor(id);
    }, UNDO_MS);
    redrawFor(id);
    void sent
      .then((raw) => {
        const reply = FollowReplyMini.safeParse(raw);
        const now = acts.get(id)!;
        if (reply.success && reply.data.ok) acts.set(id, { ...now, followers: reply.data.data.followers ?? now.followers });
        else acts.set(id, { ...now, following: !following, undo: false, error: reply.success && !reply.data.ok ? reply.data.error : 'PeerLens could not save this.' });
        redrawFor(id);
      })
      .catch(() => undefined);
  }

  function ensureMount(): HTMLElement {
    if (host && mount && host.isConnected) return mount;
    host = doc.createElement('div');
    host.setAttribute('data-peerlens', 'card');
    // The host is the card's box (visible only while open), so tests and tools see what the reader sees.
    host.setAttribute('style', 'position:absolute;top:0;left:0;margin:0;padding:0;border:0;z-index:2147483646;display:none;');
    const root = host.attachShadow({ mode: 'open' });
    mount = doc.createElement('div');
    root.append(mount);
    doc.documentElement.append(host);
    return mount;
  }

  /** Asks for the profile behind a resolved badge; a failed one is asked again only when the card is reopened. */
  function loadProfile(record: BadgeRecord, retryFailed: boolean): void {
    const id = record.state === 'resolved' ? record.match?.researcher?.id : undefined;
    if (!id) return;
    const known = profiles.get(id);
    if (known && (known.status !== 'error' || !retryFailed)) return;
    profiles.set(id, { status: 'loading' });
    void send({ type: 'peerlens:profile', id })
      .then((raw) => {
        const reply = ProfileReplyMini.safeParse(raw);
        if (!reply.success) return { status: 'error', message: 'PeerLens could not read the answer.' } as const;
        if (!reply.data.ok) return { status: 'error', message: reply.data.error } as const;
        return { status: 'ready', profile: reply.data.profile } as const;
      })
      .catch(() => ({ status: 'error', message: 'PeerLens service unreachable' }) as const)
      .then((state: CardProfileState) => {
        if (signal.aborted) return;
        profiles.set(id, state);
        if (state.status === 'ready') options.onSnapshot?.(state.profile.summary);
        if (open?.match?.researcher?.id === id) {
          draw(open);
          place(open); // the card grew: it may need to flip or shrink to stay in view
        }
      });
  }

  function pick(record: BadgeRecord, researcherId: string | null): void {
    const paper = paperOf.get(record.author);
    const candidates = record.match?.candidates;
    if (!paper || !record.match || !candidates) return;
    const message: ChooseMessage = {
      type: 'peerlens:choose',
      // As the background was asked about it (identifiers, else title and year): the key its answers are read by.
      paper: paperIdentityOf(paper),
      position: record.author.position,
      name: record.author.name,
      researcherId,
    };
    // The background keeps the pick and applies it to later answers (this page's next visit, other
    // tabs); this page shows it at once.
    const match = withPick(record.match, researcherId);
    void send(message).then(
      () => {
        if (signal.aborted || !match) return;
        record.match = match;
        record.state = match.state;
        renderBadge(record.host, badgeView(record.author.name, record.state, match));
        if (open === record) {
          loadProfile(record, false);
          draw(record);
          (mount?.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
        }
      },
      () => undefined,
    );
  }

  function draw(record: BadgeRecord): void {
    const researcherId = record.state === 'resolved' ? record.match?.researcher?.id : undefined;
    const canPick = paperOf.has(record.author);
    render(
      <AuthorCard
        authorName={record.author.name}
        state={record.state}
        match={record.match}
        error={record.error}
        profile={researcherId ? profiles.get(researcherId) : undefined}
        onClose={() => close(true)}
        onRetry={() => retry(record)}
        onSearch={() => void send({ type: 'peerlens:open-search', name: record.author.name }).catch(() => undefined)}
        onOpenProfile={(id) => void send({ type: 'peerlens:open-profile', id }).catch(() => undefined)}
        onPick={canPick ? (id) => pick(record, id) : undefined}
        onReport={
          record.state === 'ambiguous'
            ? (id, event) => void sendAction(event, { kind: 'open-action-page', page: 'report', id, name: record.author.name, ...paperParam(record) }, id)?.catch(() => undefined)
            : undefined
        }
        actions={
          researcherId
            ? {
                state: acts.get(researcherId),
                onFollow: (event) => toggleFollow(researcherId, event),
                onOpen: (page, event) => void sendAction(event, { kind: 'open-action-page', page, id: researcherId, ...paperParam(record) }, researcherId)?.catch(() => undefined),
              }
            : undefined
        }
      />,
      ensureMount(),
    );
  }

  function paperParam(record: BadgeRecord): { paper?: string } {
    const paper = paperOf.get(record.author);
    const id = paper?.doi ?? paper?.arxivId;
    return id ? { paper: id } : {};
  }

  /** Below the name's line, or above it when there is more room there; inside the viewport either way. */
  function place(record: BadgeRecord): void {
    const view = doc.defaultView;
    if (!host || !view) return;
    host.style.display = 'block';
    host.style.removeProperty('--pl-card-max');
    const card = mount?.querySelector<HTMLElement>('.card');
    const size = { width: card?.offsetWidth || CARD_WIDTH_PX, height: card?.offsetHeight ?? 0 };
    const at = placeCard(lineBox(record.host, record.author.element ?? null), size, { width: view.innerWidth, height: view.innerHeight });
    host.style.setProperty('--pl-card-max', `${at.maxHeight}px`);
    host.style.left = `${at.left + view.scrollX}px`;
    // Pinned by the edge next to the line: content that arrives later (the profile, the legend) grows away from it.
    host.style.top = `${at.edge + view.scrollY}px`;
    host.style.transform = at.side === 'above' ? 'translateY(-100%)' : 'none';
    host.setAttribute('data-side', at.side);
  }

  function close(returnFocus: boolean): void {
    if (!open) return;
    const badge = open.host;
    open = null;
    badge.setAttribute('aria-expanded', 'false');
    if (mount) render(null, mount);
    if (host) host.style.display = 'none';
    if (returnFocus) badge.focus();
  }

  function toggle(record: BadgeRecord): void {
    if (open === record) {
      close(true);
      return;
    }
    close(false);
    open = record;
    loadProfile(record, true);
    const researcherId = record.state === 'resolved' ? record.match?.researcher?.id : undefined;
    // An ambiguous card has no researcher of its own, but its "Not me?" reports need the tab's nonce.
    const actionsFor = researcherId ?? (record.state === 'ambiguous' ? record.match?.candidates?.[0]?.id : undefined);
    if (actionsFor) loadActions(actionsFor);
    draw(record);
    // Read at each opening: a page may switch its own theme while the reader is on it.
    if (pageLooksDark(doc)) host?.setAttribute('data-theme', 'dark');
    else host?.removeAttribute('data-theme');
    place(record);
    record.host.setAttribute('aria-expanded', 'true');
    (mount?.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  doc.addEventListener(
    'keydown',
    (event) => {
      if (open && event.key === 'Escape') close(true);
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!open) return;
      const path = event.composedPath();
      if ((host && path.includes(host)) || path.includes(open.host)) return;
      close(false);
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      close(false);
      host?.remove();
    },
    { once: true },
  );

  return {
    toggle,
    close,
    update(record) {
      if (open !== record) return;
      const hadFocus = host?.shadowRoot?.activeElement;
      loadProfile(record, false);
      draw(record);
      place(record);
      // A pick replaces the focused button: keep focus inside the card rather than losing it to <body>.
      if (hadFocus && !hadFocus.isConnected) (mount?.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
    },
  };
}
