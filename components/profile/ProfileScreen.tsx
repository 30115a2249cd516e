import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ResearcherProfile } from '../../lib/api/profile';
import { failureMessage, isAbort, type ProfileSource } from '../../lib/profile/profile-source';
import { ProfileView } from './ProfileView';

type Load = { status: 'loading' } | { status: 'ready'; profile: ResearcherProfile } | { status: 'error'; message: string };

/** Loads a profile by id and shows it, or says plainly why it cannot. */
export function ProfileScreen({
  id,
  source,
  onOpenResearcher,
  actions,
}: {
  id: string;
  source: ProfileSource;
  onOpenResearcher: (id: string) => void;
  /** The action row for a loaded profile (Follow, Claim, Connect, Not me?). */
  actions?: (profile: ResearcherProfile) => ComponentChildren;
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
  return (
    <ProfileView
      profile={load.profile}
      loadWorks={(page, signal) => source.works(profileId, page, signal)}
      onOpenResearcher={onOpenResearcher}
      actions={actions?.(load.profile)}
    />
  );
}
