/**
 * Vocabulary, identifier patterns and limits of the wire contract, free of zod so that the content
 * script can share them without bundling zod's full API (it checks replies with `zod/mini`, lib/badge).
 */

export const VERIFICATION_LEVELS = ['L0', 'L1', 'L2', 'L3', 'L4'] as const;
export const BANDS = ['Emerging', 'Developing', 'Established', 'Trusted', 'Exemplary'] as const;
export const MATCH_STATES = ['resolved', 'ambiguous', 'unresolved'] as const;
export const TRUST_PART_KEYS = ['identity', 'trackRecord', 'community', 'network', 'integrity'] as const;

export const LIMITS = { papers: 200, names: 5000, nameLength: 300 } as const;

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
