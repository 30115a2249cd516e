/**
 * Vocabulary, identifier patterns and limits of the wire contract, free of zod so that the content
 * script can share them without bundling zod's full API (it checks replies with `zod/mini`: wire-mini.ts, profile-mini.ts).
 */

export const VERIFICATION_LEVELS = ['L0', 'L1', 'L2', 'L3', 'L4'] as const;
export const BANDS = ['Emerging', 'Developing', 'Established', 'Trusted', 'Exemplary'] as const;
export const MATCH_STATES = ['resolved', 'ambiguous', 'unresolved'] as const;
/**
 * How a name was matched to a record: the paper's OpenAlex work; for a paper OpenAlex lacks, Semantic Scholar's
 * author ids, an ORCID iD the page or the publisher (Crossref) gives, or co-author evidence.
 */
export const MATCH_METHODS = ['work', 'semantic-scholar', 'orcid', 'coauthors'] as const;
/**
 * Why a name has no score (or no certain one), as a code a client can act on; `reason` carries the words.
 * paper-new: OpenAlex has not indexed a paper that is days old · paper-not-in-openalex: OpenAlex lacks an older
 * paper (or its age is unknown) · name-not-on-paper: no author of the indexed paper fits the name ·
 * several-on-paper: the name fits several authors of the paper · namesakes: several researchers share the name
 * and nothing confirms one · no-record-for-name: OpenAlex has no researcher with the name · author-without-record
 * · author-gone · not-a-name · source-unreachable / source-unreadable: an upstream failed.
 */
export const REASON_CODES = [
  'paper-new',
  'paper-not-in-openalex',
  'name-not-on-paper',
  'several-on-paper',
  'namesakes',
  'no-record-for-name',
  'author-without-record',
  'author-gone',
  'not-a-name',
  'source-unreachable',
  'source-unreadable',
  'source-rate-limited',
  'source-slow',
  'still-looking',
  'paper-invalid',
] as const;
export const TRUST_PART_KEYS = ['identity', 'trackRecord', 'community', 'network', 'integrity'] as const;

export const LIMITS = { papers: 200, names: 5000, nameLength: 300, titleLength: 500 } as const;

export const OPENALEX_AUTHOR_ID_RE = /^A\d{4,12}$/;
export const ORCID_RE = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
/** New style YYMM.NNNN(N) and old style archive(.XX)/YYMMNNN, the month 01–12 in both (arXiv's identifier scheme). */
export const ARXIV_ID_RE = /^(\d{2}(0[1-9]|1[0-2])\.\d{4,5}|[a-z]+(-[a-z]+)?(\.[A-Z]{2})?\/\d{2}(0[1-9]|1[0-2])\d{3})$/;
/**
 * `10.<registrant>/<suffix>`, the suffix printable: no white space, no control or format characters, no unpaired
 * surrogates (\p{C} covers them), which a page can carry but no DOI does and PostgreSQL or URL encoding refuse.
 */
export const DOI_RE = /^10\.\d{4,9}\/[^\s\p{C}]+$/u;

/** Characters no name, query or message needs: C0/C1 controls, bidi overrides and isolates, unpaired surrogates. */
export const UNSAFE_TEXT_RE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text read from a page with those characters taken out (a control between two words becomes a space). */
export function stripUnsafeText(value: string): string {
  return value.replace(new RegExp(UNSAFE_TEXT_RE.source, 'g'), (c) => (/[\t\n\r\v\f]/.test(c) ? ' ' : ''));
}

export function isValidOrcidChecksum(orcid: string): boolean {
  const digits = orcid.replace(/-/g, '');
  if (!/^\d{15}[\dX]$/.test(digits)) return false;
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15] === (check === 10 ? 'X' : String(check));
}
