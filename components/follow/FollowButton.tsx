import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { actionFailure, type ActionsClient } from '../../lib/actions/client';

export const UNDO_VISIBLE_MS = 6000;

/**
 * Follow in one click: the button turns at once (the background stores it locally before anything else),
 * an Undo stays for a few seconds, and a failure turns it back with the reason.
 */
export function FollowButton({ summary, client }: { summary: ResearcherSummary; client: Pick<ActionsClient, 'follow' | 'unfollow' | 'followState'> }) {
  const [following, setFollowing] = useState<boolean | null>(null);
  const [followers, setFollowers] = useState(summary.counts.followers);
  const [undo, setUndo] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void client.followState(summary.id).then((s) => setFollowing(s.following), () => setFollowing(false));
    return () => clearTimeout(undoTimer.current);
  }, [summary.id]);

  function toggle(next: boolean, offerUndo: boolean) {
    setFollowing(next);
    setError(null);
    clearTimeout(undoTimer.current);
    setUndo(offerUndo);
    if (offerUndo) undoTimer.current = setTimeout(() => setUndo(false), UNDO_VISIBLE_MS);
    (next ? client.follow(summary.id, summary) : client.unfollow(summary.id)).then(
      (state) => state.followers !== null && setFollowers(state.followers),
      (e: unknown) => {
        setFollowing(!next);
        setUndo(false);
        setError(actionFailure(e));
      },
    );
  }

  return (
    <span class="follow">
      <button
        type="button"
        class={following ? 'action on' : 'action'}
        aria-pressed={following === true}
        disabled={following === null}
        onClick={() => toggle(!following, true)}
      >
        {following ? 'Following' : 'Follow'}
      </button>
      {/* The state is on the button; the count is a fact about the researcher, beside it. */}
      <span class="followers muted">{followers === 1 ? '1 follower' : `${followers} followers`}</span>
      {undo && (
        <button type="button" class="linkish" onClick={() => toggle(!following, false)}>
          Undo
        </button>
      )}
      {error && (
        <span class="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
