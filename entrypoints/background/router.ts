import {
  InboundMessage,
  PROTOCOL,
  checkSender,
  type MessageOf,
  type MessageType,
  type ReplyOf,
  type Sender,
  type SenderEnv,
  type SenderInfo,
} from '../../lib/protocol';

/** One handler per message type; `undefined` answers nothing (a card action with a stale nonce). */
export type Handlers = { [T in MessageType]: (message: MessageOf<T>, from: Sender) => Promise<ReplyOf<T> | undefined> };

export interface RouterOptions extends SenderEnv {
  /** Settles once the reader's site settings were read: `served` is only right after that. */
  sitesReady?: Promise<void>;
  /** Every type in production (index.ts); a test may wire only the ones it drives (the rest are ignored). */
  handlers: Partial<Handlers>;
}

/** A message the router took: its answer, and whether the sender expects one (keep the channel open). */
export interface Routed {
  answer: Promise<unknown>;
  replies: boolean;
}

/**
 * The background's one message router: parses the message against the protocol, applies the one sender
 * check, and hands it to its handler. `undefined` means ignored (another extension, a web page, a site
 * the reader has not enabled, a malformed body): no answer tells a forger nothing.
 */
export function createRouter(options: RouterOptions) {
  let sitesRead = options.sitesReady === undefined;
  void options.sitesReady?.then(
    () => (sitesRead = true),
    () => (sitesRead = true),
  );

  const dispatch = (message: InboundMessage, from: Sender): Promise<unknown> => {
    const handler = options.handlers[message.type] as ((m: InboundMessage, f: Sender) => Promise<unknown>) | undefined;
    return handler ? handler(message, from).catch(() => undefined) : Promise.resolve(undefined);
  };

  return (message: unknown, sender: SenderInfo): Routed | undefined => {
    if (sender.id !== options.extensionId) return undefined;
    const parsed = InboundMessage.safeParse(message);
    if (!parsed.success) return undefined;
    const data = parsed.data;
    const replies = PROTOCOL[data.type].reply !== null;
    const fromPage = typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
    if (sitesRead || fromPage) {
      const from = checkSender(data, sender, options);
      return from ? { answer: dispatch(data, from), replies } : undefined;
    }
    // Woken by a content script before the reader's site settings were read: check once they are.
    const answer = options.sitesReady!.then(() => {
      const from = checkSender(data, sender, options);
      return from ? dispatch(data, from) : undefined;
    });
    return { answer, replies };
  };
}
export type Router = ReturnType<typeof createRouter>;
