import type { ResearcherClaimState } from '../../../lib/api/actions';
import { ActionError } from '../../../lib/actions/service-call';
import { ACTION_MESSAGE, CARD_OPEN_MESSAGE, type ActionReply, type CardState, type MessageOf, type Sender } from '../../../lib/protocol';
import type { CardNonces } from './card-nonces';
import type { ActionRunner, FollowState } from './run-action';

export interface ActionHandlerOptions {
  run: ActionRunner;
  nonces: CardNonces;
}

/**
 * Action messages in the background, after the router's sender check: an extension page may ask for any
 * action; the in-page card (a content script) only for a CARD_ACTION with a trusted gesture, and here its
 * nonce must be the one this tab was given when the card opened. A wrong nonce is answered with nothing,
 * exactly like an ignored message, which tells a forger nothing.
 */
export function createActionHandlers(options: ActionHandlerOptions) {
  return {
    [CARD_OPEN_MESSAGE]: async (message: MessageOf<typeof CARD_OPEN_MESSAGE>, from: Sender): Promise<CardState | undefined> =>
      from.kind === 'content' ? cardState(options, message.id, from.tabId) : undefined,
    [ACTION_MESSAGE]: async (message: MessageOf<typeof ACTION_MESSAGE>, from: Sender): Promise<ActionReply | undefined> => {
      if (from.kind === 'content' && !(await options.nonces.check(from.tabId, message.nonce))) return undefined;
      return reply(options.run(message.action));
    },
  };
}

async function reply(result: Promise<unknown>): Promise<ActionReply> {
  try {
    return { ok: true, data: await result };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, error: error.message, status: error.status };
    return { ok: false, error: 'PeerLens could not do this.', status: null };
  }
}

async function cardState(options: ActionHandlerOptions, id: string, tabId: number): Promise<CardState> {
  const nonce = await options.nonces.issue(tabId);
  const [follow, claim] = await Promise.all([
    options.run({ kind: 'follow-state', id }) as Promise<FollowState>,
    (options.run({ kind: 'claim-state', id }) as Promise<ResearcherClaimState>).catch(() => null),
  ]);
  const own = claim?.yourClaim;
  return {
    nonce,
    following: follow.following,
    followers: follow.followers,
    claimed: claim?.claimed ?? false,
    connectReason: claim ? claim.connect.reason : 'PeerLens could not check whether this researcher takes invitations.',
    // Claiming an owned record opens a dispute: that is for the full profile, where the consequences are explained.
    canClaim: claim !== null && !claim.claimed && (own == null || own.status === 'pending'),
  };
}
