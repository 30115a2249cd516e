import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ResearcherProfile } from '../../lib/api/profile';
import { failureMessage, isAbort, type ProfileSource } from '../../lib/profile/profile-source';
import { ProfileView, type ProfileViewProps } from './ProfileView';

type Load = { status: 'loading' } | { status: 'ready'; profile: ResearcherProfile } | { status: 'error'; message: string };

/** Loads a profile by id and shows it, or says plainly why it cannot. */
export function ProfileScreen({
  id,
  source,
  onOpenResearcher,
  actions,
  view,
}: {
  id: string;
  source: ProfileSource;
  onOpenResearcher: (id: string) => void;
  /**
   * The action row for a loaded profile (Follow, Claim, Connect, Not me?); `refresh` loads the profile again
   * in place (after a claim or dispute changed its level or hid its score), keeping the row mounted.
   */
  actions?: (profile: ResearcherProfile, refresh: () => void) => ComponentChildren;
  /** How a loaded profile is shown: the full view unless told (the popup shows a compact one). */
  view?: ((props: ProfileViewProps) => ComponentChildren) | undefined;
}) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    source.profile(id, controller.signal).then(
      (profile) => setLoad({ status: 'ready', profile }),
      (error: unknown) => !isAbort(error) && !controller.signal.aborted && setLoad({ status: 'error', message: failureMessage(error) }),
    );
    return () => controller.abort();
  }, [id, source, attempt]);

  const refresh = () =>
    void source.profile(id, new AbortController().signal).then(
      (profile) => setLoad((now) => (now.status === 'ready' && now.profile.summary.id === profile.summary.id ? { status: 'ready', profile } : now)),
      () => undefined,
    );

  if (load.status === 'loading') {
    return (
      <p class="muted" role="status">
        Loading the profile…
      </p>
    );
  }
  if (load.status === 'error') {
    return (
      <div role="alert" class="problem">
        <p class="error">{load.message}</p>
        <button type="button" class="action" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }
  const profileId = load.profile.summary.id;
  const props: ProfileViewProps = {
    profile: load.profile,
    loadWorks: (page, signal) => source.works(profileId, page, signal),
    onOpenResearcher,
    actions: actions?.(load.profile, refresh),
  };
  return view ? <>{view(props)}</> : <ProfileView {...props} />;
}
