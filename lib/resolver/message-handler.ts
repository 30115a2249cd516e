import { RuntimeMessage, isTrustedSender, type ResolveReply, type SenderInfo } from '../messages';
import type { Resolver } from './resolver';

export interface MessageHandlerOptions {
  extensionId: string;
  /** `runtime.getURL('/')`: messages from the extension's own pages start with it. */
  extensionOrigin: string;
  resolver: Resolver;
}

/**
 * Returns the reply for a message the background should answer, or `undefined` for one it must ignore:
 * a sender that is not this extension on a served site (or its own pages), or a body that is not a
 * known runtime message. Ignoring (rather than answering with an error) tells a forger nothing.
 */
export function createMessageHandler(options: MessageHandlerOptions) {
  return (message: unknown, sender: SenderInfo): Promise<ResolveReply> | undefined => {
    if (!isTrustedSender(sender, options.extensionId, options.extensionOrigin)) return undefined;
    const parsed = RuntimeMessage.safeParse(message);
    if (!parsed.success) return undefined;
    switch (parsed.data.type) {
      case 'peerlens:resolve':
        return options.resolver.resolve(parsed.data.papers);
    }
  };
}
