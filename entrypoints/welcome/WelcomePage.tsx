/**
 * The first-run page (opened at install where access to all sites is not granted yet: Firefox). It asks
 * for that access with the same one-sentence reason as the options page; declining keeps PeerLens on
 * the sites it knows and those the reader adds.
 */
import { useState } from 'preact/hooks';
import { ALL_SITES_REASON, requestAllSites } from '@/lib/sites/first-run';

export interface WelcomeApi {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  openOptions(): void;
}

export function WelcomePage({ api }: { api: WelcomeApi }) {
  const [answer, setAnswer] = useState<'granted' | 'declined' | null>(null);
  return (
    <main>
      <h1>PeerLens</h1>
      <p>PeerLens shows a trust snapshot next to the authors of the scholarly articles you read.</p>
      <p id="reason">{ALL_SITES_REASON}</p>
      <p>
        <button type="button" name="allow-all-sites" aria-describedby="reason" onClick={() => void requestAllSites(api.permissions).then((ok) => setAnswer(ok ? 'granted' : 'declined'))}>
          Allow PeerLens on scholarly pages everywhere
        </button>{' '}
        <button type="button" name="open-options" onClick={() => api.openOptions()}>Options</button>
      </p>
      <p role="status" class="note">
        {answer === 'granted' && 'Done: article pages on any site get badges from their next load.'}
        {answer === 'declined' && 'PeerLens stays on the sites it knows and the sites you add on the options page. You can allow all sites there later.'}
      </p>
    </main>
  );
}
