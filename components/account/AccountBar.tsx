import type { SessionView } from '../../lib/actions/client';

export interface AccountBarProps {
  session: SessionView | null;
  busy: boolean;
  error: string | null;
  onSignIn: () => void;
  onSignOut: () => void;
}

/** The popup's signed-in or signed-out face: the ORCID iD and name, or Sign in (again, after a 401). */
export function AccountBar({ session, busy, error, onSignIn, onSignOut }: AccountBarProps) {
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
