import { CARD_FILE, type DoneReply, type Sender } from '../../../lib/protocol';

/**
 * The background's half of loading the card on a site the reader added: the manifest cannot make card.js
 * web-accessible there (the origins are chosen at run time), so the content script asks, and the background
 * runs card.js in that frame's isolated world, the content script's own, with `scripting.executeScript`
 * (host permission for the site was granted when the reader added it). The router checked the sender.
 */
export interface CardScripting {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: (typeof CARD_FILE)[] }): Promise<unknown>;
}

/** `{ ok: true }` once card.js has run in the frame; `{ ok: false }` without `scripting` or on failure. */
export async function loadCardInto(frame: { tabId: number; frameId: number }, scripting: CardScripting | undefined): Promise<DoneReply> {
  if (!scripting) return { ok: false };
  try {
    await scripting.executeScript({ target: { tabId: frame.tabId, frameIds: [frame.frameId] }, files: [CARD_FILE] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

/** The router's handler for the load-card message (its sender check asked for a frame). */
export function createLoadCardHandler(scripting: CardScripting | undefined) {
  return async (_message: unknown, from: Sender): Promise<DoneReply> =>
    from.kind === 'content' && from.frameId !== undefined ? loadCardInto({ tabId: from.tabId, frameId: from.frameId }, scripting) : { ok: false };
}
