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
