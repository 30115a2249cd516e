import { PUBLISHER_FILE, type Sender } from '../../../lib/protocol';

/**
 * The background's answer to the detector: on a scholarly page of a site PeerLens serves (on everywhere, not
 * switched off; the router's sender check), run the publisher content script, whose generic adapter finds
 * the authors, in exactly the frame that asked.
 */
export type PublisherInjection = (injection: { target: { tabId: number; frameIds: number[] }; files: [typeof PUBLISHER_FILE] }) => Promise<unknown>;

/** Whether the publisher script was started in the frame. */
export async function injectPublisherScript(frame: { tabId: number; frameId: number }, executeScript: PublisherInjection): Promise<boolean> {
  try {
    await executeScript({ target: { tabId: frame.tabId, frameIds: [frame.frameId] }, files: [PUBLISHER_FILE] });
    return true;
  } catch {
    return false; // The tab navigated away or closed meanwhile.
  }
}

/** The router's handler for the detector's message (its sender check asked for a frame on a served site). */
export function createScholarlyPageHandler(executeScript: PublisherInjection) {
  return async (_message: unknown, from: Sender): Promise<void> => {
    if (from.kind === 'content' && from.frameId !== undefined) await injectPublisherScript({ tabId: from.tabId, frameId: from.frameId }, executeScript);
  };
}
