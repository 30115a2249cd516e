import { render } from 'preact';
import { AuthorCard } from '../../components/AuthorCard';
import type { BadgeRecord } from './controller';

export interface CardPopover {
  /** Opens the card for a badge, or closes it when it is already open for that badge. */
  toggle(record: BadgeRecord): void;
  /** Redraws the card if it shows this badge (its state changed). */
  update(record: BadgeRecord): void;
  close(returnFocus: boolean): void;
}

const CARD_WIDTH_PX = 288;

/**
 * One shared card host for the whole page, appended to <html> so that absolute coordinates are page
 * coordinates whatever the body's positioning. Non-modal: Esc closes and returns focus to the badge,
 * a click anywhere else closes.
 */
export function createCardPopover(doc: Document, signal: AbortSignal, retry: () => void): CardPopover {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let open: BadgeRecord | null = null;

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

  function draw(record: BadgeRecord): void {
    render(
      <AuthorCard
        authorName={record.author.name}
        state={record.state}
        match={record.match}
        error={record.error}
        onClose={() => close(true)}
        onRetry={retry}
      />,
      ensureMount(),
    );
  }

  function place(record: BadgeRecord): void {
    const view = doc.defaultView;
    if (!host || !view) return;
    const rect = record.host.getBoundingClientRect();
    const maxLeft = Math.max(8, view.innerWidth - CARD_WIDTH_PX - 8);
    host.style.left = `${Math.round(Math.min(rect.left, maxLeft) + view.scrollX)}px`;
    host.style.top = `${Math.round(rect.bottom + view.scrollY + 6)}px`;
    host.style.display = 'block';
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
    draw(record);
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
      if (open === record) draw(record);
    },
  };
}
