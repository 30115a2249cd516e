import type { ResearcherClaimState } from '../api/actions';
import { isTrustedSender, type SenderInfo, type ServedUrlCheck } from '../messages';
import { ActionMessage, CARD_ACTIONS, CardOpenMessage, type ActionReply, type CardState } from './action-messages';
import type { CardNonces } from './card-nonces';
import type { ActionRunner, FollowState } from './run-action';
import { ActionError } from './service-call';

export interface ActionHandlerOptions {
  extensionId: string;
  extensionOrigin: string;
  servedUrl?: ServedUrlCheck;
  run: ActionRunner;
  nonces: CardNonces;
}

/** Whether the handler deals with this message at all (so the background passes others on). */
export function isActionTraffic(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'peerlens:action' || type === 'peerlens:card-open';
}

/**
 * Action messages in the background. Extension pages (popup, profile, actions page) may ask for any action.
 * A content script (the in-page card) may only follow, unfollow or open an action page, and only with
 * `gesture: true` (set from a trusted event) and its tab's current nonce. Anything else — another extension,
 * a web page, a site the reader has not enabled, a card message without gesture or nonce — is ignored
 * without an answer, which tells a forger nothing.
 */
export function createActionHandler(options: ActionHandlerOptions) {
  return (message: unknown, sender: SenderInfo): Promise<ActionReply | CardState | undefined> | undefined => {
    if (!isTrustedSender(sender, options.extensionId, options.extensionOrigin, options.servedUrl)) return undefined;
    const fromOwnPage = sender.url!.startsWith(options.extensionOrigin);
    const tabId = tabIdOf(sender);

    const open = CardOpenMessage.safeParse(message);
    if (open.success) {
      if (fromOwnPage || tabId === null) return undefined;
      return cardState(options, open.data.id, tabId);
    }

    const parsed = ActionMessage.safeParse(message);
    if (!parsed.success) return undefined;
    const { action, gesture, nonce } = parsed.data;
    if (!fromOwnPage) {
      if (tabId === null || !CARD_ACTIONS.has(action.kind) || gesture !== true) return undefined;
      // A wrong nonce is answered with nothing, exactly like an ignored message.
      return options.nonces.check(tabId, nonce).then((valid) => (valid ? reply(options.run(action)) : undefined));
    }
    return reply(options.run(action));
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

function tabIdOf(sender: SenderInfo): number | null {
  const id = (sender.tab as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : null;
}
