/**
 * The reader's controls: pause, privacy mode, badge density, notifications, the sites PeerLens works
 * on (supported ones on/off, others added with their own permission), the service URL, the cache.
 */
import { useEffect, useState } from 'preact/hooks';
import { SERVICE_URL_KEY } from '@/lib/config/service-url';
import { SUPPORTED_SITES } from '@/lib/sites/supported-sites';
import type { notificationSetting } from '@/lib/follow/notification-setting';
import { readSettings, toOrigin, updateSettings, type ReaderSettings } from '@/lib/settings/reader-settings';
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
  // The box's state is read in the handler, never after an await: by then the event's currentTarget is null.
  const setSwitch = (key: 'paused' | 'privacyMode', on: boolean) => change(() => ({ [key]: on }));
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
      setNote(`“${value}” is not a service address: it must start with http:// or https:// and name a host, such as https://peerlens.example.org.`);
      return;
    }
    await api.area.set({ [SERVICE_URL_KEY]: new URL(value).toString() });
    setNote('Service URL saved.');
  };
  const onAddSite = async (event: Event) => {
    event.preventDefault();
    const result = await addSite(api, newSite, (origin) => setNote(`Waiting for your answer to the browser’s prompt: may PeerLens read pages on ${origin}?`));
    setNote(result.ok ? `Added ${result.origin}: reload its pages to see badges.` : result.reason);
    if (result.ok) setNewSite('');
    setSettings(await readSettings(api.area));
  };

  return (
    <main>
      <h1>PeerLens</h1>
      <section aria-labelledby="general">
        <h2 id="general">Badges</h2>
        <label class="check">
          <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => void setSwitch('paused', e.currentTarget.checked)} />
          <span>Pause PeerLens everywhere: no badges, nothing sent</span>
        </label>
        <label class="check">
          <input type="checkbox" name="privacyMode" checked={settings.privacyMode} onChange={(e) => void setSwitch('privacyMode', e.currentTarget.checked)} />
          <span>
            Privacy mode: send nothing until I click a badge
            <small class="muted">Badges wait as “⌕”. Clicking one looks up the authors of that badge’s paper, and only that paper.</small>
          </span>
        </label>
        <fieldset>
          <legend>Badges show</legend>
          <label class="check"><input type="radio" name="density" value="score" checked={settings.density === 'score'} onChange={() => void change(() => ({ density: 'score' }))} /> <span>the score only</span></label>
          <label class="check"><input type="radio" name="density" value="score-level" checked={settings.density === 'score-level'} onChange={() => void change(() => ({ density: 'score-level' }))} /> <span>the score and the verification level</span></label>
        </fieldset>
        <label class="check"><input type="checkbox" name="notifications" checked={settings.notifications} onChange={(e) => void setNotifications(e.currentTarget)} /> <span>Notify me of new works by researchers I follow and of new invitations</span></label>
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        <ul class="sites">
          {SUPPORTED_SITES.map((site) => (
            <li key={site.site}>
              <label class="check">
                <input
                  type="checkbox"
                  name={`site-${site.site}`}
                  checked={!settings.disabledSites.includes(site.site)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void change((s) => ({ disabledSites: on ? s.disabledSites.filter((id) => id !== site.site) : [...s.disabledSites, site.site] }));
                  }}
                />{' '}
                <span>{site.label}</span>
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
              <button type="button" class="action" onClick={() => void removeSite(api, origin).then(() => readSettings(api.area)).then(setSettings)}>Remove</button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => void onAddSite(e)}>
          <input type="text" name="new-site" placeholder="https://journal.example.org" value={newSite} onInput={(e) => setNewSite(e.currentTarget.value)} />
          <button type="submit" class="action">Add site</button>
        </form>
      </section>

      <section aria-labelledby="service">
        <h2 id="service">Service</h2>
        <label for="service-url">PeerLens service URL</label>
        <p class="row">
          <input type="url" id="service-url" name="service-url" placeholder={api.defaultServiceUrl} value={serviceUrl} onInput={(e) => setServiceUrl(e.currentTarget.value)} />
          <button type="button" class="action" onClick={() => void saveServiceUrl()}>Save</button>
        </p>
        <p>
          <button type="button" class="action" name="clear-cache" onClick={() => void api.clearCache().then((ok) => setNote(ok ? 'Cache cleared.' : 'The cache could not be cleared.'))}>
            Clear cache
          </button>
        </p>
      </section>
      <p role="status" class="note">{note}</p>
    </main>
  );
}

/** An http(s) URL with a real host (toOrigin checks the host Chromium's parser lets through escaped). */
function isHttpUrl(value: string): boolean {
  return toOrigin(value) !== null;
}
