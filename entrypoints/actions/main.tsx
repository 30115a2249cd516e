/**
 * The small window the in-page card opens for what does not fit in a content script: `actions.html#claim/A…`,
 * `#connect/A…?paper=…`, `#report/A…?paper=…&name=…` (name: the page's name, from an ambiguous card). An extension page, so the actions run with the page's own
 * origin as sender and the card stays thin.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { AccountBar } from '@/components/account/AccountBar';
import { ResearcherActions } from '@/components/actions/ResearcherActions';
import { ACTIONS_CSS } from '@/components/actions/actions-style';
import { PAGE_CSS } from '@/components/profile/profile-style';
import { ResearcherSnapshot } from '@/components/ResearcherSnapshot';
import { actionFailure, createActionsClient, type SessionView } from '@/lib/actions/client';
import type { ResearcherSummary } from '@/lib/api/researcher';
import { toOpenAlexAuthorId } from '@/lib/api/ids';
import { readServiceUrl } from '@/lib/config/service-url';
import { failureMessage, serviceProfileSource } from '@/lib/profile/profile-source';

z.config({ jitless: true });

const actions = createActionsClient((message) => browser.runtime.sendMessage(message));
const source = serviceProfileSource(() => readServiceUrl(browser.storage.local, __PEERLENS_SERVICE_URL__));

function parseRoute(hash: string): { page: 'claim' | 'connect' | 'report'; id: string; paper?: string; name?: string } | null {
  const match = /^#(claim|connect|report)\/([^?]+)(?:\?(.*))?$/.exec(hash);
  const id = match ? toOpenAlexAuthorId(decodeURIComponent(match[2]!)) : null;
  if (!match || !id) return null;
  const query = new URLSearchParams(match[3] ?? '');
  const paper = query.get('paper') ?? undefined;
  // The name the page showed, when the report comes from an ambiguous card's candidate row.
  const name = query.get('name')?.slice(0, 200) ?? undefined;
  return { page: match[1] as 'claim' | 'connect' | 'report', id, ...(paper ? { paper } : {}), ...(name ? { name } : {}) };
}

function ActionsPage() {
  const route = parseRoute(location.hash);
  const [summary, setSummary] = useState<ResearcherSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState<SessionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [signInError, setSignInError] = useState<string | null>(null);

  const loadSummary = () =>
    route &&
    source.profile(route.id, new AbortController().signal).then(
      (p) => {
        setSummary(p.summary);
        document.title = `PeerLens · ${p.summary.name}`;
      },
      (e: unknown) => setError(failureMessage(e)),
    );
  useEffect(() => {
    if (!route) return;
    void actions.session().then(setSession, () => undefined);
    void loadSummary();
  }, []);

  const account = (run: () => Promise<SessionView>) => {
    setBusy(true);
    setSignInError(null);
    run().then(
      (s) => (setSession(s), setBusy(false)),
      (e: unknown) => (setSignInError(actionFailure(e)), setBusy(false)),
    );
  };

  if (!route) return <p class="error">This page needs a researcher, like #connect/A5023888391.</p>;
  return (
    <main class="page">
      <style>{PAGE_CSS + ACTIONS_CSS + 'body{padding:1rem 1.2rem}'}</style>
      <AccountBar session={session} busy={busy} error={signInError} onSignIn={() => account(actions.signIn)} onSignOut={() => account(actions.signOut)} onFollowOffer={(yes) => account(() => actions.answerFollowOffer(yes))} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!summary && !error && <p class="muted">Loading…</p>}
      {summary && (
        <>
          <h1>{summary.name}</h1>
          <ResearcherSnapshot researcher={summary} />
          <ResearcherActions
            key={session?.orcid ?? 'signed-out'}
            summary={summary}
            client={actions}
            paper={route.paper}
            pageName={route.name}
            onRecordChanged={() => void loadSummary()}
            open={route.page === 'claim' ? undefined : route.page}
          />
        </>
      )}
    </main>
  );
}

render(<ActionsPage />, document.getElementById('app')!);
