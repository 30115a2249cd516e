import { useEffect, useState } from 'preact/hooks';
import type { WorksPage } from '../../lib/api/profile';
import { actionFailure, type ActionsClient, type FollowEntryView } from '../../lib/actions/client';
import { exportCsv, exportJson } from '../../lib/follow/transfer';
import { TrustLine } from '../TrustLine';

export interface FollowingTabProps {
  client: Pick<ActionsClient, 'following' | 'followingSeen' | 'importFollows'>;
  /** Newest works of one researcher (the first page). */
  newestWorks: (id: string, signal: AbortSignal) => Promise<WorksPage>;
  onOpenResearcher: (id: string) => void;
  /** New-work notifications: whether they are on, and turning them on or off (asks for the permission). */
  notifications: { on: boolean; set: (on: boolean) => Promise<string | null> };
}

/** Followed researchers with their snapshot and newest works; new ones marked, then counted as seen. */
export function FollowingTab({ client, newestWorks, onOpenResearcher, notifications }: FollowingTabProps) {
  const [items, setItems] = useState<FollowEntryView[] | null>(null);
  const [signedIn, setSignedIn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [notify, setNotify] = useState(notifications.on);

  const load = () =>
    client.following().then(
      (view) => {
        setItems(view.items);
        setSignedIn(view.signedIn);
      },
      (e: unknown) => setError(actionFailure(e)),
    );
  useEffect(() => {
    void load().then(() => client.followingSeen().catch(() => undefined));
  }, []);

  function download(kind: 'json' | 'csv') {
    if (!items) return;
    const entries = items.map((i) => ({ ...i, summary: null, watch: null }));
    const body = kind === 'json' ? exportJson(entries) : exportCsv(entries);
    const url = URL.createObjectURL(new Blob([body], { type: kind === 'json' ? 'application/json' : 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `peerlens-follows.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function importFile(file: File) {
    setStatus(null);
    try {
      const { added, total } = await client.importFollows(await file.text());
      setStatus(`Imported ${added} new researcher${added === 1 ? '' : 's'}; you follow ${total}.`);
      await load();
    } catch (e) {
      setStatus(actionFailure(e));
    }
  }

  return (
    <section aria-label="Following">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p class="muted">Loading…</p>}
      {items?.length === 0 && <p class="muted">You follow nobody yet: use Follow on a badge’s card or a profile.</p>}
      <ul class="items">
        {items?.map((item) => (
          <FollowedItem key={item.researcherId} item={item} browserOnly={signedIn && !item.account} newestWorks={newestWorks} onOpen={() => onOpenResearcher(item.researcherId)} />
        ))}
      </ul>
      <div class="actions-row">
        <button type="button" class="action" disabled={!items?.length} onClick={() => download('json')}>
          Export JSON
        </button>
        <button type="button" class="action" disabled={!items?.length} onClick={() => download('csv')}>
          Export CSV
        </button>
        <label class="action">
          Import…
          <input type="file" accept=".json,.csv,application/json,text/csv" hidden onChange={(e) => e.currentTarget.files?.[0] && void importFile(e.currentTarget.files[0])} />
        </label>
      </div>
      <label class="status">
        <input
          type="checkbox"
          checked={notify}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void notifications.set(on).then((problem) => {
              setNotify(problem ? !on : on);
              setStatus(problem);
            });
          }}
        />{' '}
        Notify me of new works and invitations (checked every 6 hours)
      </label>
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}

function FollowedItem({ item, browserOnly, newestWorks, onOpen }: { item: FollowEntryView; browserOnly: boolean; newestWorks: FollowingTabProps['newestWorks']; onOpen: () => void }) {
  const [works, setWorks] = useState<WorksPage['items'] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    newestWorks(item.researcherId, controller.signal).then(
      (page) => setWorks(page.items.slice(0, 3)),
      () => setWorks([]),
    );
    return () => controller.abort();
  }, [item.researcherId]);
  const unseen = new Set(item.watch?.unseen.map((w) => w.id) ?? []);
  return (
    <li data-researcher-id={item.researcherId}>
      <button type="button" class="linkish" onClick={onOpen}>
        <strong>{item.summary?.name ?? item.name ?? item.researcherId}</strong>
      </button>
      {unseen.size > 0 && <span class="new"> · {unseen.size} new</span>}
      {/* Signed in, a follow made signed out that the reader kept off the account (answered No). */}
      {browserOnly && <span class="muted small" data-follow-owner="browser"> · on this browser only, not on your account</span>}
      {item.summary && <TrustLine trust={item.summary.trust} />}
      {works && works.length > 0 && (
        <ul class="works-mini" aria-label="Newest works">
          {works.map((w) => (
            <li key={w.id} class={unseen.has(w.id) ? 'new' : ''}>
              {w.title ?? 'Untitled'} {w.year && <span class="muted">({w.year})</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
