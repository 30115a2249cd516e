import type { ReasonCode } from '../../lib/api/resolve';
import type { UpstreamError } from '../upstream/errors';

/** A reader-facing reason for a name left without a (certain) score: a code a client can act on, and its words. */
export interface Reason {
  code: ReasonCode;
  text: string;
}

/** Reader-facing words for an upstream failure (also used by the profile and search routes). */
export function upstreamReason(error: UpstreamError): string {
  return upstreamFailure(error).text;
}

/** What truly went wrong upstream, in words: rate limited, too slow, malformed, unavailable. */
export function upstreamFailure(error: UpstreamError): Reason {
  const s = error.service;
  switch (error.kind) {
    case 'rate-limited':
      return { code: 'source-rate-limited', text: `${s} is rate limiting PeerLens (too many requests); try again in a few minutes.` };
    case 'timeout':
      return { code: 'source-slow', text: `${s} is too slow to answer right now; try again later.` };
    case 'malformed':
      return { code: 'source-unreadable', text: `${s} sent a malformed answer PeerLens cannot read; try again later.` };
    case 'oversize':
      return { code: 'source-unreadable', text: `${s} sent an answer too large to read; try again later.` };
    case 'http':
      return (error.status ?? 0) >= 500
        ? { code: 'source-unreachable', text: `${s} is unavailable (it answered ${error.status}); try again later.` }
        : { code: 'source-unreachable', text: `${s} refused the request (it answered ${error.status ?? 'an error'}).` };
    case 'circuit-open':
      return { code: 'source-unreachable', text: `${s} is unavailable (it kept failing, so PeerLens paused asking it); try again in a minute.` };
    case 'unreachable':
      return { code: 'source-unreachable', text: `${s} is unavailable (it could not be reached); try again later.` };
  }
}

/** A paper or author whose upstream answer had not come by the request's deadline; it keeps being fetched. */
export const STILL_LOOKING: Reason = { code: 'still-looking', text: 'Still looking this up; try again in a few seconds.' };

/** Reasons that say a source failed or was slow this time: such an answer is not kept as if it were settled. */
export function isTransient(code: ReasonCode | undefined): boolean {
  return code === 'still-looking' || (code !== undefined && code.startsWith('source-'));
}

/** A paper the page described in a way PeerLens cannot use (e.g. a DOI with a control character): not looked up. */
export function invalidPaperReason(issues: string[]): Reason {
  const first = issues[0] ?? 'it has no usable identifier';
  return { code: 'paper-invalid', text: `PeerLens cannot read this paper's identifiers or author list (${first}), so it was not looked up.` };
}

/** OpenAlex usually indexes new papers within days, some take weeks: a paper younger than this may just be new. */
export const NEW_PAPER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The latest date a paper can have appeared, from what its identifiers say (arXiv id `YYMM.n`, arXiv DOI, bioRxiv
 * and medRxiv DOIs `10.1101/YYYY.MM.DD…`, old-style arXiv ids `hep-th/YYMMnnn`) or a date a source gave (Semantic
 * Scholar, Crossref). Null when nothing tells. Pure.
 */
export function latestAppearance(paper: { arxivId?: string | undefined; doi?: string | undefined }, knownDate?: string | null): Date | null {
  const arxiv = paper.arxivId ?? paper.doi?.match(/^10\.48550\/arxiv\.(.+)$/i)?.[1];
  const modern = arxiv?.match(/^(\d{2})(\d{2})\.\d{4,5}/);
  if (modern) return endOfMonth(2000 + Number(modern[1]), Number(modern[2]));
  const old = arxiv?.match(/\/(\d{2})(\d{2})\d{3}$/);
  if (old) return endOfMonth((Number(old[1]) >= 91 ? 1900 : 2000) + Number(old[1]), Number(old[2]));
  const rxiv = paper.doi?.match(/^10\.1101\/(\d{4})\.(\d{2})\.(\d{2})\./);
  if (rxiv) return new Date(Date.UTC(Number(rxiv[1]), Number(rxiv[2]) - 1, Number(rxiv[3]) + 1));
  if (knownDate) {
    const year = knownDate.match(/^(\d{4})$/);
    const at = year ? Date.UTC(Number(year[1]) + 1, 0, 1) : Date.parse(knownDate);
    if (!Number.isNaN(at)) return new Date(at + DAY);
  }
  return null;
}

function endOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1)); // month is 1-based, so this is the first instant after it
}

/** Why OpenAlex has no work for the paper: "new" only when the paper can be younger than NEW_PAPER_DAYS. */
export function paperMissing(paper: { arxivId?: string | undefined; doi?: string | undefined }, now: Date, knownDate?: string | null): Reason {
  const latest = latestAppearance(paper, knownDate);
  const kind = paper.arxivId ? 'arXiv paper' : 'paper';
  if (latest && now.getTime() - latest.getTime() < NEW_PAPER_DAYS * DAY) {
    return { code: 'paper-new', text: `OpenAlex has not indexed this ${kind} yet; new papers take a few days to appear.` };
  }
  return { code: 'paper-not-in-openalex', text: `OpenAlex has no record of this ${kind}.` };
}

export const AUTHOR_GONE: Reason = { code: 'author-gone', text: 'OpenAlex no longer has this author record.' };
export const AUTHOR_WITHOUT_RECORD: Reason = {
  code: 'author-without-record',
  text: 'OpenAlex lists this author on the paper without an author record.',
};
export const NOT_A_NAME: Reason = { code: 'not-a-name', text: 'This is not a name PeerLens can match.' };

export function nameNotOnPaper(name: string): Reason {
  return { code: 'name-not-on-paper', text: `No author of this paper in OpenAlex has a name compatible with “${name}”.` };
}

export function severalOnPaper(name: string, n: number): Reason {
  return { code: 'several-on-paper', text: `“${name}” fits ${n} authors of this paper about equally well.` };
}

/** The paper is not in OpenAlex: candidates by name exist, but nothing on the paper confirms one of them. */
export function namesakes(name: string, n: number, paperReason: Reason): Reason {
  const who = n > 1 ? `${n} researchers in OpenAlex are named “${name}”` : `A researcher in OpenAlex is named “${name}”`;
  return { code: 'namesakes', text: `${who}, and no shared work with this paper’s co-authors confirms which. ${paperReason.text}` };
}

export function noRecordForName(name: string, paperReason: Reason): Reason {
  return { code: 'no-record-for-name', text: `OpenAlex has no researcher named “${name}”. ${paperReason.text}` };
}
