/** The per-site on/off switch for the page the active tab shows (the popup's "Badges on this site"). */
import { readSettings, updateSettings, type SettingsArea } from '../../lib/settings/reader-settings';
import { siteOfUrl, type PageSite } from '../../lib/sites/supported-sites';

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
 * Switches a site on or off. An added site is switched off by removing it (its content script is
 * unregistered by the background when the list changes) and switching its origin off; it is added back
 * on the options page, which asks for the permission again.
 */
export async function setSiteEnabled(area: SettingsArea, site: PageSite, enabled: boolean): Promise<void> {
  await updateSettings(area, (s) => {
    if (site.kind === 'added') {
      // Off means off: out of the added list, and switched off so the always-on detector leaves it alone too.
      if (enabled) return {};
      return { addedOrigins: s.addedOrigins.filter((o) => o !== site.origin), disabledOrigins: [...s.disabledOrigins.filter((o) => o !== site.origin), site.origin] };
    }
    if (site.kind === 'other') {
      const others = s.disabledOrigins.filter((o) => o !== site.origin);
      return { disabledOrigins: enabled ? others : [...others, site.origin] };
    }
    const others = s.disabledSites.filter((id) => id !== site.site);
    return { disabledSites: enabled ? others : [...others, site.site] };
  });
}
