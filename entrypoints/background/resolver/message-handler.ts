import { ServiceError } from '../api/client';
import type { ChoiceStore } from '../choices/remembered-choices';
import {
  RuntimeMessage,
  isTrustedSender,
  type DoneReply,
  type ProfileReply,
  type ResolveReply,
  type SenderInfo,
  type ServedUrlCheck,
} from '../messages';
import type { ProfileCache } from '../profile/profile-cache';
import type { Resolver } from './resolver';

export interface MessageHandlerOptions {
  extensionId: string;
  /** `runtime.getURL('/')`: messages from the extension's own pages start with it. */
  extensionOrigin: string;
  resolver: Resolver;
  /** Pages whose content scripts may ask (the reader's enabled sites); arXiv only when absent. */
  servedUrl?: ServedUrlCheck;
  profiles?: ProfileCache;
  choices?: ChoiceStore;
  /** Opens the extension's full profile page for a researcher in a new tab. */
  openProfile?: (id: string) => Promise<void>;
  /** Opens the look-up prefilled with a name the page shows (an unresolved badge's "Search this name"). */
  openSearch?: (name: string) => Promise<void>;
}

export type RuntimeReply = ResolveReply | ProfileReply | DoneReply;

/**
 * Returns the reply for a message the background should answer, or `undefined` for one it must ignore:
 * a sender that is not this extension on a served site (or its own pages), or a body that is not a
 * known runtime message. Ignoring (rather than answering with an error) tells a forger nothing.
 */
export function createMessageHandler(options: MessageHandlerOptions) {
  return (message: unknown, sender: SenderInfo): Promise<RuntimeReply> | undefined => {
    if (!isTrustedSender(sender, options.extensionId, options.extensionOrigin, options.servedUrl)) return undefined;
    const parsed = RuntimeMessage.safeParse(message);
    if (!parsed.success) return undefined;
    const data = parsed.data;
    switch (data.type) {
      case 'peerlens:resolve':
        return (data.fresh ? options.resolver.resolve(data.papers, { fresh: true }) : options.resolver.resolve(data.papers)).then(async (reply) => {
          if (!reply.ok || !options.choices) return reply;
          return { ok: true, papers: await options.choices.apply(data.papers, reply.papers) };
        });
      case 'peerlens:profile':
        return profileReply(options.profiles, data.id).then((reply) => {
          // The profile's snapshot is built from the researcher's works: fresher than the cached page answers.
          // Not awaited: the card should not wait on a walk through the cache.
          if (reply.ok) void options.resolver.refreshResearcher(reply.profile.summary);
          return reply;
        });
      case 'peerlens:open-profile':
        return done(options.openProfile?.(data.id));
      case 'peerlens:open-search':
        return done(options.openSearch?.(data.name));
      case 'peerlens:choose':
        return done(options.choices?.remember(data));
    }
  };
}

async function profileReply(profiles: ProfileCache | undefined, id: string): Promise<ProfileReply> {
  if (!profiles) return { ok: false, error: 'Profiles are not available here.', status: null, retryable: false };
  try {
    const { summary, breakdown, topics } = await profiles.get(id);
    return { ok: true, profile: { summary, breakdown, topics } };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: error.message, status: error.status, retryable: error.retryable };
    return { ok: false, error: 'PeerLens could not load this profile.', status: null, retryable: true };
  }
}

async function done(action: Promise<void> | undefined): Promise<DoneReply> {
  if (!action) return { ok: false };
  try {
    await action;
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
