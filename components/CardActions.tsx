import type { CardStateMini } from '../lib/actions/card-state-mini';

/** What the card's action row shows; the popover keeps it and sends the messages. */
export interface CardActionsState extends CardStateMini {
  /** Shown for a few seconds after a follow change. */
  undo: boolean;
  error: string | null;
}

export interface CardActionsProps {
  state: CardActionsState | undefined;
  followers: number;
  /** Each handler gets the DOM event, so the popover can check `isTrusted` before it sends anything. */
  onFollow: (event: Event) => void;
  onOpen: (page: 'claim' | 'connect' | 'report', event: Event) => void;
}

/**
 * Follow · count, Claim this record, Connect (or why not) and Not me? on the in-page card. Thin on purpose:
 * each is one message to the background; forms open in an extension page.
 */
export function CardActions({ state, followers, onFollow, onOpen }: CardActionsProps) {
  if (!state) return <p class="line muted">Loading follow and claim state…</p>;
  return (
    <div class="acts">
      <button type="button" class="action" aria-pressed={state.following} onClick={onFollow}>
        {state.following ? 'Following' : 'Follow'} · {state.followers ?? followers}
      </button>
      {state.undo && (
        <button type="button" class="linkish" onClick={onFollow}>
          Undo
        </button>
      )}
      {state.canClaim && (
        <button type="button" class="action" onClick={(e) => onOpen('claim', e)}>
          Claim this record
        </button>
      )}
      {state.connectReason === null ? (
        <button type="button" class="action" onClick={(e) => onOpen('connect', e)}>
          Connect
        </button>
      ) : (
        <p class="note">{state.connectReason}</p>
      )}
      <button type="button" class="linkish" onClick={(e) => onOpen('report', e)}>
        Not me?
      </button>
      {state.error && (
        <p class="note" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
