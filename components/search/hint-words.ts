import type { CandidateHint } from '../../lib/api/profile';

/** What tells namesakes apart, in one line: "University of X · Altmetrics · 62 works · 2009–2024". */
export function hintInWords(hint: CandidateHint): string {
  const parts: string[] = [];
  if (hint.institution) parts.push(hint.institution);
  if (hint.topTopic) parts.push(hint.topTopic);
  parts.push(`${hint.worksCount} ${hint.worksCount === 1 ? 'work' : 'works'}`);
  if (hint.yearsActive) {
    const [from, to] = hint.yearsActive;
    parts.push(from === to ? String(from) : `${from}–${to}`);
  }
  return parts.join(' · ');
}
