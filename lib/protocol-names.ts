/**
 * The `type` of every runtime message, by direction, and the file the background runs into a frame. Zod-free
 * on purpose: content scripts import these names (and types from `lib/protocol.ts`) without pulling the
 * schemas, which only the background and the extension pages load.
 */

/** Content script → background (the badges, the in-page card, the always-on detector). */
export const CONTENT_MESSAGES = {
  resolve: 'peerlens:resolve',
  profile: 'peerlens:profile',
  openProfile: 'peerlens:open-profile',
  openSearch: 'peerlens:open-search',
  choose: 'peerlens:choose',
  cardOpen: 'peerlens:card-open',
  loadCard: 'peerlens:load-card',
  scholarlyPage: 'peerlens:scholarly-page',
} as const;

/** Extension page → background (popup, options, profile and action pages); the card sends a few actions too. */
export const PAGE_MESSAGES = {
  action: 'peerlens:action',
  clearCache: 'peerlens:clear-cache',
} as const;

/** Background → content script: none today (the background answers; it never starts a conversation). */
export const BACKGROUND_MESSAGES = {} as const;

export const ACTION_MESSAGE = PAGE_MESSAGES.action;
export const CLEAR_CACHE = PAGE_MESSAGES.clearCache;
export const CARD_OPEN_MESSAGE = CONTENT_MESSAGES.cardOpen;
export const LOAD_CARD_MESSAGE = CONTENT_MESSAGES.loadCard;
export const SCHOLARLY_PAGE_MESSAGE = CONTENT_MESSAGES.scholarlyPage;

/** Where WXT writes entrypoints/card: the background runs it into a frame on a site the reader added. */
export const CARD_FILE = '/card.js' as const;
/** Where WXT writes entrypoints/publisher.content: the background runs it into a scholarly page's frame. */
export const PUBLISHER_FILE = '/content-scripts/publisher.js' as const;
