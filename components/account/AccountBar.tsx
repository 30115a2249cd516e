import type { SessionView } from '../../lib/actions/client';

export interface AccountBarProps {
  session: SessionView | null;
  busy: boolean;
  error: string | null;
  onSignIn: () => void;
  onSignOut: () => void;
  /** The reader's answer to adding this browser's follows to the account; without it no question is shown. */
  onFollowOffer?: (accept: boolean) => void;
}

/** The popup's signed-in or signed-out face: the ORCID iD and name, or Sign in (again, after a 401). */
export function AccountBar({ session, busy, error, onSignIn, onSignOut, onFollowOffer }: AccountBarProps) {
  if (!session) return <div class="account status">Checking sign-in…</div>;
  return (
    <div class="account" aria-label="Account">
      {session.signedIn ? (
        <>
          <p class="who">
            Signed in as <strong>{session.name ?? 'ORCID user'}</strong>{' '}
            {session.orcid && <span class="muted">({session.orcid})</span>}
          </p>
          <button type="button" class="action" disabled={busy} onClick={onSignOut}>
            Sign out
          </button>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          {session.followOffer && onFollowOffer && <FollowOfferQuestion offer={session.followOffer} busy={busy} onAnswer={onFollowOffer} />}
        </>
      ) : (
        <>
          <p class="who">
            {session.signedOutReason ? <span role="alert">{session.signedOutReason}</span> : <span class="muted">Not signed in</span>}
            {error && (
              <span class="error" role="alert">
                {' '}
                {error}
              </span>
            )}
          </p>
          <button type="button" class="action primary" disabled={busy} onClick={onSignIn}>
            {busy ? 'Signing in…' : session.signedOutReason ? 'Sign in again' : 'Sign in with ORCID'}
          </button>
        </>
      )}
    </div>
  );
}

/**
 * Follows made here signed out belong to this browser: after sign-in the reader decides whether the account
 * takes them. Until then nothing is sent, and "No" keeps them on this browser only.
 */
function FollowOfferQuestion({ offer, busy, onAnswer }: { offer: NonNullable<SessionView['followOffer']>; busy: boolean; onAnswer: (accept: boolean) => void }) {
  const noun = offer.count === 1 ? 'follow' : 'follows';
  return (
    <div class="follow-offer" role="group" aria-label="Follows from this browser">
      <p>
        Add your {offer.count} {noun} from this browser to your account?{' '}
        <span class="muted small">({offer.names.slice(0, 3).join(', ')}{offer.count > 3 ? `, and ${offer.count - 3} more` : ''})</span>
      </p>
      <button type="button" class="action primary" disabled={busy} onClick={() => onAnswer(true)}>
        Yes, add {offer.count === 1 ? 'it' : 'them'}
      </button>{' '}
      <button type="button" class="action" disabled={busy} onClick={() => onAnswer(false)}>
        No, keep on this browser
      </button>
    </div>
  );
}
