/**
 * A paper's identity, shared by the background's cache and remembered choices, the service's resolution and
 * the content scripts (no zod here, so it costs them nothing). Stored data is keyed by it: changing the
 * format makes cached answers miss and would orphan remembered choices.
 */

/** Stable key for a paper: identifiers first, else its normalised title and year. */
export function paperKey(p: { arxivId?: string | undefined; doi?: string | undefined; title?: string | undefined; year?: number | undefined }): string {
  if (p.arxivId) return `arxiv:${p.arxivId}`;
  if (p.doi || !p.title) return `doi:${(p.doi ?? '').toLowerCase()}`;
  return `title:${normalizeTitle(p.title)}|${p.year ?? ''}`;
}

/**
 * A title as the title path compares it: case, accents, punctuation and spacing removed ("Attention Is
 * All You Need." = "attention is all you need"), so only the words and their order count.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
