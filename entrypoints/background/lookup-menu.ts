/**
 * Background only: the context-menu item on selected text, "Look up “‹selection›” in PeerLens", which opens
 * the look-up (the popup page in a small window) with the selection prefilled. It needs the `contextMenus`
 * permission and no host access: the browser hands the selected text to the click handler.
 */
import { lookupPath } from '../../lib/lookup/selection-query';

export const LOOKUP_MENU_ID = 'peerlens-lookup';
/** `%s` is the browser's own placeholder for the selection (Chrome and Firefox shorten a long one). */
export const LOOKUP_MENU_TITLE = 'Look up “%s” in PeerLens';

/** The calls the menu needs (`browser` in the extension, WXT's fake browser in unit tests). */
export interface LookupMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(listener: (info: { menuItemId: string | number; selectionText?: string }) => void): void };
  };
  runtime: {
    getURL(path: string): string;
    onInstalled: { addListener(listener: () => void): void };
    onStartup: { addListener(listener: () => void): void };
  };
  windows: { create(data: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
}

/** Opens the look-up for a selection: the popup page, in a window of its own (a menu click cannot open the popup). */
export async function openLookup(api: Pick<LookupMenuApi, 'runtime' | 'windows'>, selection: string): Promise<void> {
  await api.windows.create({ url: api.runtime.getURL(lookupPath(selection)), type: 'popup', width: 460, height: 680 });
}

export function startLookupMenu(api: LookupMenuApi): void {
  // Chrome keeps menu items across service-worker restarts, Firefox only while its background page lives: made
  // afresh on install and on each browser start, after removing any left from before (ids must be unique).
  const create = () =>
    void api.contextMenus
      .removeAll()
      .then(() => api.contextMenus.create({ id: LOOKUP_MENU_ID, title: LOOKUP_MENU_TITLE, contexts: ['selection'] }))
      .catch(() => undefined);
  try {
    api.contextMenus.onClicked.addListener((info) => {
      if (info.menuItemId !== LOOKUP_MENU_ID) return;
      void openLookup(api, info.selectionText ?? '').catch(() => undefined);
    });
    api.runtime.onInstalled.addListener(create);
    api.runtime.onStartup.addListener(create);
  } catch {
    // No context menus here (a browser without them, or a test double): the look-up stays in the popup, and
    // the rest of the background must still start.
  }
}
