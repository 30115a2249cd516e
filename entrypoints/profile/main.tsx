/**
 * The full-size profile page: `profile.html#A5023888391`. The hash names the researcher, so moving to a
 * collaborator is a new history entry and Back returns.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { ResearcherActions } from '@/components/actions/ResearcherActions';
import { ACTIONS_CSS } from '@/components/actions/actions-style';
import { newestPaper } from '@/components/popup/PopupApp';
import { ProfileScreen } from '@/components/profile/ProfileScreen';
import { PAGE_CSS } from '@/components/profile/profile-style';
import { createActionsClient } from '@/lib/actions/client';
import { toOpenAlexAuthorId } from '@/lib/api/ids';
import { readServiceUrl } from '@/lib/config/service-url';
import { serviceProfileSource } from '@/lib/profile/profile-source';

z.config({ jitless: true });

const source = serviceProfileSource(() => readServiceUrl(browser.storage.local, __PEERLENS_SERVICE_URL__));
const actions = createActionsClient((message) => browser.runtime.sendMessage(message));
const idFromHash = () => toOpenAlexAuthorId(decodeURIComponent(location.hash.slice(1)));

function ProfilePage() {
  const [id, setId] = useState(idFromHash);
  useEffect(() => {
    const onHash = () => {
      setId(idFromHash());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = id ? `PeerLens · ${id}` : 'PeerLens profile';
  }, [id]);
  return (
    <main class="page">
      <style>{PAGE_CSS + ACTIONS_CSS + PAGE_LAYOUT}</style>
      <p class="brand">
        <img src="/icon/32.png" width={18} height={18} alt="" /> PeerLens
      </p>
      {id ? (
        <ProfileScreen
          id={id}
          source={source}
          onOpenResearcher={(next) => (location.hash = next)}
          actions={(p, refresh) => <ResearcherActions summary={p.summary} client={actions} paper={newestPaper(p)} onRecordChanged={refresh} />}
        />
      ) : (
        <p class="error" role="alert">
          No researcher named: the address should end in an OpenAlex author id, like #A5023888391.
        </p>
      )}
    </main>
  );
}

const PAGE_LAYOUT = `
.page{max-width:60rem;margin:0 auto;padding:1.2rem 1.5rem 3rem}
.brand{display:flex;align-items:center;gap:.4rem;margin:0 0 1rem;font-weight:700;color:var(--pl-muted)}
.profile h1{font-size:24px}`;

render(<ProfilePage />, document.getElementById('app')!);
