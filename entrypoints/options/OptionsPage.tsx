/**
 * The reader's controls: pause, privacy mode, badge density, notifications, the sites PeerLens works
 * on (supported ones on/off, others added with their own permission), the service URL, the cache.
 */
import { useEffect, useState } from 'preact/hooks';
import { SERVICE_URL_KEY } from '@/lib/config/service-url';
import { SUPPORTED_SITES } from '@/lib/sites/supported-sites';
import type { notificationSetting } from '@/lib/follow/notification-setting';
import { readSettings, updateSettings, type ReaderSettings } from '@/lib/settings/reader-settings';
import { addSite, removeSite, type SiteApi } from './site-actions';
import { ScholarlyEverywhere } from './ScholarlyEverywhere';

export interface OptionsApi extends SiteApi {
  /** The build-time service URL, shown when the reader has not set one. */
  defaultServiceUrl: string;
  clearCache(): Promise<boolean>;
  /** The same switch as the popup's Following tab: turning it on asks for the optional permission. */
  notifications: Pick<ReturnType<typeof notificationSetting>, 'set'>;
}

export function OptionsPage({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  const [serviceUrl, setServiceUrl] = useState('');
  const [note, setNote] = useState('');
  const [newSite, setNewSite] = useState('');

  useEffect(() => {
    void readSettings(api.area).then(setSettings);
    void api.area.get(SERVICE_URL_KEY).then((v) => setServiceUrl(typeof v[SERVICE_URL_KEY] === 'string' ? (v[SERVICE_URL_KEY] as string) : ''));
  }, [api]);
  if (!settings) return <p>Loading…</p>;

  const change = async (patch: (s: ReaderSettings) => Partial<ReaderSettings>) => setSettings(await updateSettings(api.area, patch));
  const setNotifications = async (box: HTMLInputElement) => {
    const on = box.checked;
    // Asked first, while the click still counts as the reader's gesture.
    const problem = await api.notifications.set(on);
    const next = await readSettings(api.area);
    setSettings(next);
    // A refused permission leaves the setting as it was: put the box back too (its state did not change).
    box.checked = next.notifications;
    setNote(problem ?? (on ? 'Notifications on: PeerLens tells you of new works and invitations.' : 'Notifications off.'));
  };
  const saveServiceUrl = async () => {
    const value = serviceUrl.trim();
    if (value === '') {
      await api.area.set({ [SERVICE_URL_KEY]: null });
      setNote(`Using the default service, ${api.defaultServiceUrl}.`);
      return;
    }
    if (!isHttpUrl(value)) {
      setNote('The service URL must start with http:// or https://.');
      return;
    }
    await api.area.set({ [SERVICE_URL_KEY]: new URL(value).toString() });
    setNote('Service URL saved.');
  };
  const onAddSite = async (event: Event) => {
    event.preventDefault();
    const result = await addSite(api, newSite);
    setNote(result.ok ? `Added ${result.origin}: reload its pages to see badges.` : result.reason);
    if (result.ok) setNewSite('');
    setSettings(await readSettings(api.area));
  };

  return (
    <main>
      <h1>PeerLens</h1>
      <section aria-labelledby="general">
        <h2 id="general">Badges</h2>
        <label><input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => void change(() => ({ paused: e.currentTarget.checked }))} /> Pause PeerLens everywhere</label>
        <label><input type="checkbox" name="privacyMode" checked={settings.privacyMode} onChange={(e) => void change(() => ({ privacyMode: e.currentTarget.checked }))} /> Privacy mode: look authors up only when I click a badge</label>
        <fieldset>
          <legend>Badges show</legend>
          <label><input type="radio" name="density" value="score" checked={settings.density === 'score'} onChange={() => void change(() => ({ density: 'score' }))} /> the score only</label>
          <label><input type="radio" name="density" value="score-level" checked={settings.density === 'score-level'} onChange={() => void change(() => ({ density: 'score-level' }))} /> the score and the verification level</label>
        </fieldset>
        <label><input type="checkbox" name="notifications" checked={settings.notifications} onChange={(e) => void setNotifications(e.currentTarget)} /> Notify me of new works by researchers I follow and of new invitations</label>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        <ul class="sites">
          {SUPPORTED_SITES.map((site) => (
            <li key={site.site}>
              <label>
                <input
                  type="checkbox"
                  name={`site-${site.site}`}
                  checked={!settings.disabledSites.includes(site.site)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void change((s) => ({ disabledSites: on ? s.disabledSites.filter((id) => id !== site.site) : [...s.disabledSites, site.site] }));
                  }}
                />{' '}
                {site.label}
              </label>
            </li>
          ))}
        </ul>
        <ScholarlyEverywhere api={api} settings={settings} onChange={setSettings} onNote={setNote} />
        <h3>Other sites</h3>
        <p class="muted">Pages with standard citation metadata (citation_author, dc.creator). PeerLens asks for permission to read that one site.</p>
        <ul class="added">
          {settings.addedOrigins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" onClick={() => void removeSite(api, origin).then(() => readSettings(api.area)).then(setSettings)}>Remove</button>
            </li>
          ))}
        </ul>
        <form onSubmit={(e) => void onAddSite(e)}>
          <input type="text" name="new-site" placeholder="https://journal.example.org" value={newSite} onInput={(e) => setNewSite(e.currentTarget.value)} />
          <button type="submit">Add site</button>
        </form>
      </section>

      <section aria-labelledby="service">
        <h2 id="service">Service</h2>
        <label>
          PeerLens service URL{' '}
          <input type="url" name="service-url" placeholder={api.defaultServiceUrl} value={serviceUrl} onInput={(e) => setServiceUrl(e.currentTarget.value)} />
        </label>{' '}
        <button type="button" onClick={() => void saveServiceUrl()}>Save</button>
        <p>
          <button type="button" name="clear-cache" onClick={() => void api.clearCache().then((ok) => setNote(ok ? 'Cache cleared.' : 'The cache could not be cleared.'))}>
            Clear cache
          </button>
        </p>
      </section>
      <p role="status" class="note">{note}</p>
    </main>
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
