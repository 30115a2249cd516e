/**
 * The `type` of every runtime message, by direction, and the files the background runs into a frame. Zod-free
 * on purpose: content scripts import these names (and types from `lib/protocol.ts`) without pulling the
 * schemas, which only the background and the extension pages load. Each name is its own constant so that a
 * content script's bundle keeps only the string it uses.
 */

// Content script → background (the badges, the in-page card, the always-on detector).
export const RESOLVE_MESSAGE = 'peerlens:resolve';
export const PROFILE_MESSAGE = 'peerlens:profile';
export const OPEN_PROFILE_MESSAGE = 'peerlens:open-profile';
export const OPEN_SEARCH_MESSAGE = 'peerlens:open-search';
export const CHOOSE_MESSAGE = 'peerlens:choose';
export const CARD_OPEN_MESSAGE = 'peerlens:card-open';
export const LOAD_CARD_MESSAGE = 'peerlens:load-card';
export const SCHOLARLY_PAGE_MESSAGE = 'peerlens:scholarly-page';

// Extension page → background (popup, options, profile and action pages); the card sends a few actions too.
export const ACTION_MESSAGE = 'peerlens:action';
export const CLEAR_CACHE = 'peerlens:clear-cache';

// Background → content script: none today (the background answers; it never starts a conversation).

export const CONTENT_MESSAGES = {
  resolve: RESOLVE_MESSAGE,
  profile: PROFILE_MESSAGE,
  openProfile: OPEN_PROFILE_MESSAGE,
  openSearch: OPEN_SEARCH_MESSAGE,
  choose: CHOOSE_MESSAGE,
  cardOpen: CARD_OPEN_MESSAGE,
  loadCard: LOAD_CARD_MESSAGE,
  scholarlyPage: SCHOLARLY_PAGE_MESSAGE,
} as const;
export const PAGE_MESSAGES = { action: ACTION_MESSAGE, clearCache: CLEAR_CACHE } as const;
export const BACKGROUND_MESSAGES = {} as const;

/** Where WXT writes entrypoints/card: the background runs it into a frame on a site the reader added. */
export const CARD_FILE = '/card.js';
/** Where WXT writes entrypoints/publisher.content: the background runs it into a scholarly page's frame. */
export const PUBLISHER_FILE = '/content-scripts/publisher.js';
