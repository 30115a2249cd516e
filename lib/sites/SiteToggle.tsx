/**
 * "PeerLens on this site" for the popup: mount with the active tab's URL and `browser.storage.local`.
 * Shows nothing on pages PeerLens does not serve. Changes apply to the next page load.
 *
 *   <SiteToggle tabUrl={tab.url} area={browser.storage.local} />
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsArea } from '../settings/reader-settings';
import { readSiteSwitch, setSiteEnabled, type SiteSwitchState } from './site-switch';

export function SiteToggle({ tabUrl, area }: { tabUrl: string | undefined; area: SettingsArea }) {
  const [state, setState] = useState<SiteSwitchState | null>(null);
  useEffect(() => {
    let live = true;
    if (tabUrl) void readSiteSwitch(area, tabUrl).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [tabUrl, area]);
  if (!state || !tabUrl) return null;

  const toggle = async (enabled: boolean) => {
    await setSiteEnabled(area, state.site, enabled);
    setState(await readSiteSwitch(area, tabUrl));
  };
  return (
    <label class="site-toggle" data-peerlens-site-toggle={state.site.kind === 'supported' ? state.site.site : state.site.origin}>
      <input type="checkbox" checked={state.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
      {' '}Badges on {state.site.label}
      {state.paused && <small> (PeerLens is paused everywhere)</small>}
    </label>
  );
}
