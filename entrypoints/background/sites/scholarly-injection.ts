/**
 * The background's answer to the detector: on a scholarly page of a site PeerLens serves (on
 * everywhere, not switched off), run the publisher content script, whose generic adapter finds the
 * authors, in exactly the frame that asked. Anything else is ignored.
 */

export interface DetectorSender {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

export interface InjectionDeps {
  extensionId: string;
  /** PeerLens serves this page's site (the same rule the content scripts and the sender check use). */
  served(url: URL): boolean;
  /** `scripting.executeScript` (Chrome; Firefox 102+), with the file WXT writes for entrypoints/publisher.content. */
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: ['/content-scripts/publisher.js'] }): Promise<unknown>;
}

/** Whether the publisher script was started in the sender's frame. */
export async function injectPublisherScript(sender: DetectorSender, deps: InjectionDeps): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (sender.id !== deps.extensionId || typeof tabId !== 'number' || typeof sender.frameId !== 'number' || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !deps.served(url)) return false;
  try {
    await deps.executeScript({ target: { tabId, frameIds: [sender.frameId] }, files: ['/content-scripts/publisher.js'] });
    return true;
  } catch {
    return false; // The tab navigated away or closed meanwhile.
  }
}
