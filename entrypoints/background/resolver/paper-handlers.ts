import { ServiceError } from '../../../lib/api/client';
import {
  CHOOSE_MESSAGE,
  OPEN_PROFILE_MESSAGE,
  OPEN_SEARCH_MESSAGE,
  PROFILE_MESSAGE,
  RESOLVE_MESSAGE,
  type DoneReply,
  type MessageOf,
  type ProfileReply,
  type ResolveReply,
} from '../../../lib/protocol';
import type { ChoiceStore } from '../choices';
import type { ProfileCache } from '../profile-cache';
import type { Resolver } from './resolver';

export interface PaperHandlerOptions {
  resolver: Resolver;
  profiles?: ProfileCache;
  choices?: ChoiceStore;
  /** Opens the extension's full profile page for a researcher in a new tab. */
  openProfile?: (id: string) => Promise<void>;
  /** Opens the look-up prefilled with a name the page shows (an unresolved badge's "Search this name"). */
  openSearch?: (name: string) => Promise<void>;
}

/**
 * The badges' and the card's questions about papers and researchers: resolve (with the reader's remembered
 * choices applied), the card's profile, opening the profile page or the look-up, remembering a choice. The
 * router has parsed each message and checked its sender before these run.
 */
export function createPaperHandlers(options: PaperHandlerOptions) {
  return {
    [RESOLVE_MESSAGE]: (data: MessageOf<typeof RESOLVE_MESSAGE>): Promise<ResolveReply> =>
      (data.fresh ? options.resolver.resolve(data.papers, { fresh: true }) : options.resolver.resolve(data.papers)).then(async (reply) => {
        if (!reply.ok || !options.choices) return reply;
        return { ok: true, papers: await options.choices.apply(data.papers, reply.papers) };
      }),
    [PROFILE_MESSAGE]: (data: MessageOf<typeof PROFILE_MESSAGE>): Promise<ProfileReply> =>
      profileReply(options.profiles, data.id).then((reply) => {
        // The profile's snapshot is built from the researcher's works: fresher than the cached page answers.
        // Not awaited: the card should not wait on a walk through the cache.
        if (reply.ok) void options.resolver.refreshResearcher(reply.profile.summary);
        return reply;
      }),
    [OPEN_PROFILE_MESSAGE]: (data: MessageOf<typeof OPEN_PROFILE_MESSAGE>) => done(options.openProfile?.(data.id)),
    [OPEN_SEARCH_MESSAGE]: (data: MessageOf<typeof OPEN_SEARCH_MESSAGE>) => done(options.openSearch?.(data.name)),
    [CHOOSE_MESSAGE]: (data: MessageOf<typeof CHOOSE_MESSAGE>) => done(options.choices?.remember(data)),
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

/** `{ ok }` for an action without an answer of its own. */
export async function done(action: Promise<unknown> | undefined): Promise<DoneReply> {
  if (!action) return { ok: false };
  try {
    await action;
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
