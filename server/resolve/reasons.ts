import type { UpstreamError } from '../upstream/errors';

/** Reader-facing reasons for a name left without a score: what truly went wrong upstream, in words. */
export function upstreamReason(error: UpstreamError): string {
  const s = error.service;
  switch (error.kind) {
    case 'rate-limited':
      return `${s} is rate limiting PeerLens (too many requests); try again in a few minutes.`;
    case 'timeout':
      return `${s} is too slow to answer right now; try again later.`;
    case 'malformed':
      return `${s} sent a malformed answer PeerLens cannot read; try again later.`;
    case 'oversize':
      return `${s} sent an answer too large to read; try again later.`;
    case 'http':
      return (error.status ?? 0) >= 500
        ? `${s} is unavailable (it answered ${error.status}); try again later.`
        : `${s} refused the request (it answered ${error.status ?? 'an error'}).`;
    case 'circuit-open':
      return `${s} is unavailable (it kept failing, so PeerLens paused asking it); try again in a minute.`;
    case 'unreachable':
      return `${s} is unavailable (it could not be reached); try again later.`;
  }
}

/** A paper or author whose upstream answer had not come by the request's deadline; it keeps being fetched. */
export const STILL_LOOKING = 'Still looking this up; try again in a few seconds.';

export const PAPER_NOT_FOUND = 'OpenAlex has no record of this paper yet.';
export const ARXIV_NOT_FOUND = 'OpenAlex has no record of this arXiv paper yet (new preprints take a few days to appear).';
export const AUTHOR_GONE = 'OpenAlex no longer has this author record.';

/** A paper the page described in a way PeerLens cannot use (e.g. a DOI with a control character): not looked up. */
export function invalidPaperReason(issues: string[]): string {
  const first = issues[0] ?? 'it has no usable identifier';
  return `PeerLens cannot read this paper's identifiers or author list (${first}), so it was not looked up.`;
}
