/** arXiv serves the same pages on these hosts. */
export const ARXIV_HOSTS = ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org'] as const;

/** Match patterns for `path` (e.g. "/list/*") on every arXiv host. */
export function arxivPatterns(...paths: string[]): string[] {
  return ARXIV_HOSTS.flatMap((host) => paths.map((path) => `https://${host}${path}`));
}

/** "arXiv:2501.01234v2", "/abs/hep-th/0611290" → the id without version, or undefined. */
export function arxivIdFrom(text: string | null | undefined, pattern: RegExp): string | undefined {
  const id = text?.match(pattern)?.[1]?.replace(/v\d+$/, '');
  return id && /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/.test(id) ? id : undefined;
}

/** "Computation and Language (cs.CL)" in the page's `.primary-subject` → `cs.CL` (topical evidence for new papers). */
export function primaryCategory(root: ParentNode): string | undefined {
  const text = root.querySelector('.primary-subject')?.textContent ?? '';
  return text.match(/\(([a-z-]+(?:\.[A-Za-z-]+)?)\)\s*$/)?.[1];
}
