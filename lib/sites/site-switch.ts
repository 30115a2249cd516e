/** The per-site on/off switch for the page a tab shows (the popup's toggle and the options page). */
import { readSettings, updateSettings, type SettingsArea } from '../settings/reader-settings';
import { siteOfUrl, type PageSite } from './supported-sites';

export interface SiteSwitchState {
  site: PageSite;
  enabled: boolean;
  paused: boolean;
}

/** The switch for `tabUrl`, or null on a page PeerLens neither supports nor was added for. */
export async function readSiteSwitch(area: SettingsArea, tabUrl: string): Promise<SiteSwitchState | null> {
  let url: URL;
  try {
    url = new URL(tabUrl);
  } catch {
    return null;
  }
  const settings = await readSettings(area);
  const site = siteOfUrl(url, settings);
  if (!site) return null;
  const enabled =
    site.kind === 'supported' ? !settings.disabledSites.includes(site.site) : site.kind === 'added' || !settings.disabledOrigins.includes(site.origin);
  return { site, enabled, paused: settings.paused };
}

/**
 * Switches a supported site on or off. An added site is switched off by removing it (its content
 * script is unregistered by the background when the list changes); it is added back on the options
 * page, which asks for the permission again.
 */
export async function setSiteEnabled(area: SettingsArea, site: PageSite, enabled: boolean): Promise<void> {
  await updateSettings(area, (s) => {
    if (site.kind === 'added') {
      return enabled ? {} : { addedOrigins: s.addedOrigins.filter((o) => o !== site.origin) };
    }
    if (site.kind === 'other') {
      const others = s.disabledOrigins.filter((o) => o !== site.origin);
      return { disabledOrigins: enabled ? others : [...others, site.origin] };
    }
    const others = s.disabledSites.filter((id) => id !== site.site);
    return { disabledSites: enabled ? others : [...others, site.site] };
  });
}
