import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProfileWork, WorksPage } from '../../lib/api/profile';

export interface WorksListProps {
  first: WorksPage;
  /** Fetches a further page (the works endpoint); rejects with a message to show. */
  loadPage: (page: number, signal: AbortSignal) => Promise<WorksPage>;
}

/** Works, newest first, a page at a time; each abstract on demand. */
export function WorksList({ first, loadPage }: WorksListProps) {
  const [items, setItems] = useState<ProfileWork[]>(first.items);
  const [page, setPage] = useState(first.page);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    setItems(first.items);
    setPage(first.page);
    setError(null);
    return () => abort.current?.abort();
  }, [first]);

  if (first.total === 0) return <p class="muted">No works recorded for this researcher.</p>;

  async function more() {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setLoading(true);
    setError(null);
    try {
      const next = await loadPage(page + 1, controller.signal);
      setItems((prev) => [...prev, ...next.items.filter((w) => !prev.some((p) => p.id === w.id))]);
      setPage(next.page);
    } catch (e) {
      if (!controller.signal.aborted) setError(e instanceof Error ? e.message : 'Could not load more works.');
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }

  const remaining = first.total - items.length;
  return (
    <div>
      <ol class="works">
        {items.map((w) => (
          <WorkItem key={w.id} work={w} />
        ))}
      </ol>
      <p class="muted">
        Showing {items.length} of {first.total} {first.total === 1 ? 'work' : 'works'}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {remaining > 0 && (
        <button type="button" class="action" onClick={() => void more()} disabled={loading}>
          {loading ? 'Loading…' : `More works (${remaining} more)`}
        </button>
      )}
    </div>
  );
}

function WorkItem({ work }: { work: ProfileWork }) {
  const link = work.doi ? `https://doi.org/${work.doi}` : work.arxivId ? `https://arxiv.org/abs/${work.arxivId}` : null;
  const title = work.title ?? 'Untitled work';
  return (
    <li class="work">
      <p class="work-meta">
        {[work.type, work.year, work.venue].filter((x) => x !== null && x !== '').join(' · ')}
        {work.citedBy > 0 && ` · cited by ${work.citedBy}`}
        {work.retracted && <span class="retracted"> Retracted</span>}
      </p>
      <p class="work-title">
        {link ? (
          <a href={link} target="_blank" rel="noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </p>
      {work.abstract ? (
        <details>
          <summary>Abstract</summary>
          <p class="abstract">{work.abstract}</p>
        </details>
      ) : (
        <p class="muted small">No abstract recorded</p>
      )}
    </li>
  );
}
