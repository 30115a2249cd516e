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
  /** OpenAlex had no further works to give although the record counts more (its count and its list differ). */
  const [exhausted, setExhausted] = useState(false);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    setItems(first.items);
    setPage(first.page);
    setError(null);
    setExhausted(false);
    return () => abort.current?.abort();
  }, [first]);

  // The header counts the record's works (OpenAlex works_count): the list counts the same works, never only those loaded.
  const count = Math.max(first.total, first.recordCount ?? 0);
  if (count === 0) return <p class="muted">No works recorded for this researcher.</p>;

  async function more() {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setLoading(true);
    setError(null);
    try {
      const next = await loadPage(page + 1, controller.signal);
      const fresh = next.items.filter((w) => !items.some((p) => p.id === w.id));
      setItems((prev) => [...prev, ...next.items.filter((w) => !prev.some((p) => p.id === w.id))]);
      setPage(next.page);
      if (fresh.length === 0) setExhausted(true);
    } catch (e) {
      if (!controller.signal.aborted) setError(e instanceof Error ? e.message : 'Could not load more works.');
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }

  const remaining = exhausted ? 0 : count - items.length;
  return (
    <div>
      <ol class="works">
        {items.map((w) => (
          <WorkItem key={w.id} work={w} />
        ))}
      </ol>
      <p class="muted" data-works-shown={items.length} data-works-count={count}>
        Showing {items.length} of {count} {count === 1 ? 'work' : 'works'}
      </p>
      {exhausted && items.length < count && (
        <p class="muted small" role="note">
          OpenAlex counts {count} works for this record but lists only {items.length === 1 ? 'this one' : `these ${items.length}`}; the others cannot be shown here.
        </p>
      )}
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
