import type { UpstreamError } from '../upstream/errors';

/** Reader-facing reasons for a name left without a score. */
export function upstreamReason(error: UpstreamError): string {
  return error.kind === 'malformed'
    ? `${error.service} sent an answer PeerLens cannot read; try again later.`
    : `${error.service} could not be reached; try again later.`;
}

export const PAPER_NOT_FOUND = 'OpenAlex has no record of this paper yet.';
export const ARXIV_NOT_FOUND = 'OpenAlex has no record of this arXiv paper yet (new preprints take a few days to appear).';
export const AUTHOR_GONE = 'OpenAlex no longer has this author record.';

/** A paper the page described in a way PeerLens cannot use (e.g. a DOI with a control character): not looked up. */
export function invalidPaperReason(issues: string[]): string {
  const first = issues[0] ?? 'it has no usable identifier';
  return `PeerLens cannot read this paper's identifiers or author list (${first}), so it was not looked up.`;
}
