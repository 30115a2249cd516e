/**
 * The background's half of loading the card on a site the reader added: the manifest cannot make
 * card.js web-accessible there (the origins are chosen at run time), so the content script asks, and
 * the background runs card.js in that frame's isolated world, the content script's own, with
 * `scripting.executeScript` (host permission for the site was granted when the reader added it).
 */
export const LOAD_CARD_MESSAGE = 'peerlens:load-card';
/** Where WXT writes entrypoints/card.ts. */
export const CARD_FILE = '/card.js' as const;

export interface LoadCardMessage {
  type: typeof LOAD_CARD_MESSAGE;
}

export function isLoadCardMessage(message: unknown): message is LoadCardMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === LOAD_CARD_MESSAGE;
}

export interface LoadCardSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface LoadCardDeps {
  extensionId: string;
  /** Whether PeerLens serves this page (a supported site on, or a site the reader added). */
  served(url: URL): boolean;
  /** `browser.scripting` (absent in a browser without it: the card then stays unavailable on added sites). */
  scripting?: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: (typeof CARD_FILE)[] }): Promise<unknown> };
}

/** `{ ok: true }` once card.js has run in the sender's frame; `{ ok: false }` for anyone else or on failure. */
export async function loadCardInto(sender: LoadCardSender, deps: LoadCardDeps): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (sender.id !== deps.extensionId || typeof tabId !== 'number' || typeof sender.frameId !== 'number' || !sender.url) return { ok: false };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { ok: false };
  }
  if (!deps.served(url) || !deps.scripting) return { ok: false };
  try {
    await deps.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: [CARD_FILE] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
