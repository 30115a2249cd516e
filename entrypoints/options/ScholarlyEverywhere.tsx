/**
 * "Scholarly pages on every site" on the options page: the switch between any scholarly page (the
 * always-on detector) and only the sites PeerLens knows, with the reason for the access it needs, and
 * the sites found by their metadata that the reader switched off (from the popup), each switchable back.
 */
import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES } from '@/lib/sites/detector-registration';
import { ALL_SITES_REASON, requestAllSites } from '@/lib/sites/first-run';
import { updateSettings, type ReaderSettings } from '@/lib/settings/reader-settings';
import type { SiteApi } from './site-actions';

interface Props {
  api: SiteApi;
  settings: ReaderSettings;
  onChange(settings: ReaderSettings): void;
  onNote(note: string): void;
}

export function ScholarlyEverywhere({ api, settings, onChange, onNote }: Props) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void api.permissions.contains({ origins: [...ALL_SITES] }).then(setGranted, () => setGranted(false));
  }, [api]);

  const setEverywhere = async (box: HTMLInputElement) => {
    const on = box.checked;
    // Asked first, while the click still counts as the reader's gesture (Firefox; Chrome has it from install).
    if (on && !granted) {
      const ok = await requestAllSites(api.permissions);
      setGranted(ok);
      if (!ok) {
        box.checked = settings.everywhere;
        onNote('PeerLens was not allowed to read other sites: it stays on the sites it knows and those you add.');
        return;
      }
    }
    onChange(await updateSettings(api.area, () => ({ everywhere: on })));
    onNote(on ? 'PeerLens looks for scholarly articles on every site (from the next page load).' : 'PeerLens works only on the sites it knows and those you add.');
  };
  const switchOn = async (origin: string) =>
    onChange(await updateSettings(api.area, (s) => ({ disabledOrigins: s.disabledOrigins.filter((o) => o !== origin) })));

  return (
    <div class="everywhere">
      <label>
        <input type="checkbox" name="everywhere" checked={settings.everywhere && granted !== false} aria-describedby="everywhere-reason" onChange={(e) => void setEverywhere(e.currentTarget)} />{' '}
        Scholarly articles on every site (unticked: only the sites PeerLens knows, listed above, and those you add)
      </label>
      <p id="everywhere-reason" class="muted">{ALL_SITES_REASON}</p>
      {granted === false && settings.everywhere && <p class="muted">Your browser has not given PeerLens access to other sites yet: tick the box to allow it.</p>}
      {settings.disabledOrigins.length > 0 && (
        <>
          <p>Switched off:</p>
          <ul class="disabled-origins">
            {settings.disabledOrigins.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" onClick={() => void switchOn(origin)}>Switch back on</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
