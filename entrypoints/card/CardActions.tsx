import type { CardStateMini } from './card-state-mini';

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
 * Follow (its state on the button, the follower count beside it), the record's claim status said once
 * with "Claim this record", Connect (or why not) and Not me? on the in-page card. Thin on purpose: each is
 * one message to the background; forms open in an extension page.
 */
export function CardActions({ state, followers, onFollow, onOpen }: CardActionsProps) {
  if (!state) return <p class="line muted">Loading follow and claim state…</p>;
  const count = state.followers ?? followers;
  return (
    <div class="acts">
      <span class="follow-group">
        <button type="button" class="action" aria-pressed={state.following} onClick={onFollow}>
          {state.following ? 'Following' : 'Follow'}
        </button>
        <span class="followers muted">{count === 1 ? '1 follower' : `${count} followers`}</span>
        {state.undo && (
          <button type="button" class="linkish" onClick={onFollow}>
            Undo
          </button>
        )}
      </span>
      <p class="claim-line">
        {state.claimed ? 'Claimed author.' : 'Unclaimed author: Connect opens once the researcher claims this record.'}
        {state.canClaim && (
          <>
            {' '}
            <button type="button" class="action" onClick={(e) => onOpen('claim', e)}>
              Claim this record
            </button>
          </>
        )}
      </p>
      {state.connectReason === null ? (
        <button type="button" class="action" onClick={(e) => onOpen('connect', e)}>
          Connect
        </button>
      ) : (
        // On an unclaimed record the claim line already says why ("Unclaimed", "Claim this record" and
        // "has not claimed" said one thing three times).
        state.claimed && <p class="note">{state.connectReason}</p>
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
