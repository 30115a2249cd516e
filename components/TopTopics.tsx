import type { ProfileTopic } from '../lib/api/profile';

/** The researcher's top topics by share of works: "Top topics: Altmetrics 38% · Open access 25%" (shares optional). */
export function TopTopics({ topics, limit = 3, shares = true }: { topics: ProfileTopic[]; limit?: number; shares?: boolean }) {
  const top = [...topics].sort((a, b) => b.share - a.share).slice(0, limit);
  if (top.length === 0) return <p class="line muted">No topics recorded</p>;
  return (
    <p class="line topics">
      <span class="muted">Top topics: </span>
      {top.map((t, i) => (
        <span key={t.id}>
          {i > 0 && ' · '}
          {t.name}
          {shares && <span class="muted"> {Math.round(t.share * 100)}%</span>}
        </span>
      ))}
    </p>
  );
}
