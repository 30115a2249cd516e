/**
 * The card, loaded on first open. The content script carries only this facade (same `CardPopover`
 * interface); the card itself (Preact, AuthorCard and its views, the profile and action schemas) is
 * the unlisted script `card.js` (entrypoints/card/index.ts), loaded into the content script's own isolated
 * world the first time a reader opens a badge. That script registers its factory on this world's
 * globalThis under CARD_FACTORY_KEY; the page's own scripts live in another world and never see it.
 *
 * Nothing here may import the card: this module is part of every content script's budget.
 */
import type { ResearcherSummary } from '../../lib/api/researcher';
import type { DetectedPaper } from '../../lib/detect/types';
import type { ActionMessage, CardOpenMessage, ChooseMessage, OpenProfileMessage, OpenSearchMessage, ProfileMessage } from '../../lib/protocol';
import type { BadgeRecord } from './controller';

/** What the card (entrypoints/card/card-popover.tsx) implements: the content script knows only this. */
export interface CardPopover {
  /** Opens the card for a badge, or closes it when it is already open for that badge. */
  toggle(record: BadgeRecord): void;
  /** Redraws the card if it shows this badge (its state changed). */
  update(record: BadgeRecord): void;
  close(returnFocus: boolean): void;
}

export type CardMessage = ProfileMessage | OpenProfileMessage | OpenSearchMessage | ChooseMessage | ActionMessage | CardOpenMessage;

export interface CardPopoverOptions {
  /** `browser.runtime.sendMessage`: the card fetches nothing itself; the background does. */
  send?: (message: CardMessage) => Promise<unknown>;
  /** The page's papers, so a pick among candidates is remembered for that name on that paper. */
  papers?: DetectedPaper[];
  /**
   * The profile carries a fresher snapshot than the page's look-up (built from the researcher's works):
   * the badges of that researcher should show it too, so badge and card never disagree.
   */
  onSnapshot?: (summary: ResearcherSummary) => void;
}

export type CardPopoverFactory = (doc: Document, signal: AbortSignal, retry: (record?: BadgeRecord) => void, options?: CardPopoverOptions) => CardPopover;

/** Where card.js leaves its factory (a registered symbol: the same key in the content script and card.js). */
export const CARD_FACTORY_KEY = Symbol.for('peerlens.card-popover');

/** The badge's tooltip while the card cannot be loaded (the next open tries again). */
export const CARD_LOAD_ERROR = 'PeerLens could not open the card. Try again.';

type FactoryHolder = { [CARD_FACTORY_KEY]?: CardPopoverFactory };

/** Called by card.js once it has run. */
export function registerCardFactory(factory: CardPopoverFactory, global: object = globalThis): void {
  (global as FactoryHolder)[CARD_FACTORY_KEY] = factory;
}

/** The factory card.js registered in this world, if it has run. */
export function registeredCardFactory(global: object = globalThis): CardPopoverFactory | undefined {
  const factory = (global as FactoryHolder)[CARD_FACTORY_KEY];
  return typeof factory === 'function' ? factory : undefined;
}

/**
 * A `CardPopover` that loads the real one on the first toggle. Until it is loaded, the badge shows
 * that it is opening (aria-expanded) and keeps its focus; the pending open is forwarded once the card
 * arrives (unless it was toggled shut or closed meanwhile). A failed load never throws: the badge
 * gets an error tooltip and the next toggle tries again.
 */
export function createLazyCardPopover(
  load: () => Promise<CardPopoverFactory>,
  doc: Document,
  signal: AbortSignal,
  retry: (record?: BadgeRecord) => void,
  options: CardPopoverOptions = {},
): CardPopover {
  let card: CardPopover | null = null;
  let loading: Promise<void> | null = null;
  let pending: BadgeRecord | null = null;
  /** The badge's own tooltip, put back once the card loads. */
  const tooltips = new Map<HTMLElement, string | null>();

  function settlePending(record: BadgeRecord, failed: boolean): void {
    record.host.setAttribute('aria-expanded', 'false');
    if (failed) {
      if (!tooltips.has(record.host)) tooltips.set(record.host, record.host.getAttribute('title'));
      record.host.setAttribute('title', CARD_LOAD_ERROR);
    }
  }

  function restoreTooltips(): void {
    for (const [host, title] of tooltips) {
      // Only if nothing redrew the badge since (a redraw writes its own, current tooltip).
      if (host.getAttribute('title') !== CARD_LOAD_ERROR) continue;
      if (title === null) host.removeAttribute('title');
      else host.setAttribute('title', title);
    }
    tooltips.clear();
  }

  function start(): void {
    if (loading) return;
    loading = (async () => {
      let factory: CardPopoverFactory;
      try {
        factory = await load();
        if (signal.aborted) return;
        card = factory(doc, signal, retry, options);
      } catch (error) {
        loading = null;
        console.warn('PeerLens: the card could not be loaded', error);
        const record = pending;
        pending = null;
        if (record && !signal.aborted) settlePending(record, true);
        return;
      }
      restoreTooltips();
      const record = pending;
      pending = null;
      if (record) {
        try {
          card.toggle(record);
        } catch (error) {
          console.warn('PeerLens: the card could not be opened', error);
          settlePending(record, false);
        }
      }
    })();
  }

  return {
    toggle(record) {
      if (card) return card.toggle(record);
      if (pending === record) {
        // Toggled shut before the card arrived.
        pending = null;
        record.host.setAttribute('aria-expanded', 'false');
        return;
      }
      if (pending) pending.host.setAttribute('aria-expanded', 'false');
      pending = record;
      record.host.setAttribute('aria-expanded', 'true');
      start();
    },
    update(record) {
      // Before the card is there, nothing is drawn: the pending open draws the record as it is then.
      card?.update(record);
    },
    close(returnFocus) {
      if (card) return card.close(returnFocus);
      const record = pending;
      if (!record) return;
      pending = null;
      record.host.setAttribute('aria-expanded', 'false');
      if (returnFocus) record.host.focus();
    },
  };
}

/**
 * Loads card.js into this (isolated) world and returns the factory it registers. `importUrl` is
 * `import()` of the extension's URL for card.js (web-accessible on the supported sites); when that is
 * refused (a site the reader added, which the manifest cannot list), `inject` asks the background to
 * run the same file in this frame's isolated world with `scripting.executeScript`.
 */
export function cardLoader(deps: { importUrl: () => Promise<unknown>; inject?: () => Promise<unknown>; global?: object }): () => Promise<CardPopoverFactory> {
  const global = deps.global ?? globalThis;
  return async () => {
    // A factory left in this world by an earlier run of the content script (the extension was reloaded
    // or updated) belongs to that run: take only the one this load registers.
    delete (global as FactoryHolder)[CARD_FACTORY_KEY];
    try {
      await deps.importUrl();
    } catch (error) {
      if (!deps.inject) throw error;
      await deps.inject();
    }
    const factory = registeredCardFactory(global);
    if (!factory) throw new Error('card.js ran but registered no card');
    return factory;
  };
}
