/**
 * Vocabulary, identifier patterns and limits of the wire contract, free of zod so that the content
 * script can share them without bundling zod's full API (it checks replies with `zod/mini`, lib/badge).
 */

export const VERIFICATION_LEVELS = ['L0', 'L1', 'L2', 'L3', 'L4'] as const;
export const BANDS = ['Emerging', 'Developing', 'Established', 'Trusted', 'Exemplary'] as const;
export const MATCH_STATES = ['resolved', 'ambiguous', 'unresolved'] as const;
export const TRUST_PART_KEYS = ['identity', 'trackRecord', 'community', 'network', 'integrity'] as const;

export const LIMITS = { papers: 200, names: 5000, nameLength: 300, titleLength: 500 } as const;

export const OPENALEX_AUTHOR_ID_RE = /^A\d{4,12}$/;
export const ORCID_RE = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
export const ARXIV_ID_RE = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/;
export const DOI_RE = /^10\.\d{4,9}\/\S+$/;

export function isValidOrcidChecksum(orcid: string): boolean {
  const digits = orcid.replace(/-/g, '');
  if (!/^\d{15}[\dX]$/.test(digits)) return false;
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15] === (check === 10 ? 'X' : String(check));
}
