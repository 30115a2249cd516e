/**
 * "Badges on ‹site›" in the popup, for the page the reader is on: the only place a site that PeerLens reads
 * through the always-on detector (no list names it) can be switched off. Applies from the page's next load.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsArea } from '../../lib/settings/reader-settings';
import { readSiteSwitch, setSiteEnabled, type SiteSwitchState } from './site-switch';

export function SiteSwitch({ tabUrl, area }: { tabUrl: string; area: SettingsArea }) {
  const [state, setState] = useState<SiteSwitchState | null>(null);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void readSiteSwitch(area, tabUrl).then((s) => live && setState(s), () => live && setState(null));
    return () => {
      live = false;
    };
  }, [tabUrl, area]);
  if (!state) return null;

  const toggle = (enabled: boolean) => {
    setError(null);
    setSiteEnabled(area, state.site, enabled)
      .then(() => readSiteSwitch(area, tabUrl))
      .then(
        (next) => {
          setState(next);
          setChanged(true);
        },
        () => setError('PeerLens could not save this. Try again.'),
      );
  };
  const added = state.site.kind === 'added';
  return (
    <section class="site-switch" aria-label="This site" data-site={state.site.kind === 'supported' ? state.site.site : state.site.origin}>
      <label>
        <input type="checkbox" checked={state.enabled} onChange={(e) => toggle(e.currentTarget.checked)} /> Badges on {state.site.label}
      </label>
      {state.paused && <small> PeerLens is paused everywhere (options page).</small>}
      {added && state.enabled && <small> You added this site; switching it off removes it (add it again on the options page).</small>}
      {changed && !error && <small role="status"> Reload the page to see the change.</small>}
      {error && <small role="alert" class="error"> {error}</small>}
    </section>
  );
}
