import { SEARCH_QUERY_LENGTH } from '../../lib/api/profile-query';
import { isValidOrcidChecksum } from '../../lib/api/ids';
import { UNSAFE_TEXT_RE } from '../../lib/api/constants';

export type SearchQuery =
  | { kind: 'orcid'; orcid: string }
  | { kind: 'openalex'; id: string }
  | { kind: 'name'; name: string };

export type ParsedSearch = SearchQuery | { kind: 'invalid'; error: string };

const ORCID = /^(?:(?:https?:\/\/)?(?:www\.|sandbox\.)?orcid\.org\/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])\/?$/i;
const OPENALEX = /^(?:(?:https?:\/\/)?(?:api\.)?openalex\.org\/(?:authors\/)?)?(A\d{4,12})\/?$/i;

/** What the reader typed: an ORCID iD (bare or as its URL), an OpenAlex author id or URL, or else a name. */
export function parseSearchQuery(raw: string): ParsedSearch {
  // Refused, not stripped: what is searched for must be what the reader typed (and a NUL would reach the database).
  if (UNSAFE_TEXT_RE.test(raw.replace(/[\t\n\r\v\f]/g, ' '))) return { kind: 'invalid', error: 'The search contains control or broken characters; type a name, an ORCID iD or an OpenAlex id.' };
  const q = raw.trim().replace(/\s+/g, ' ');
  const orcid = q.match(ORCID);
  if (orcid) {
    const id = orcid.slice(1, 5).join('-').toUpperCase();
    if (!isValidOrcidChecksum(id)) {
      return { kind: 'invalid', error: `${id} is not a valid ORCID iD: its checksum (the last character) does not match. Check for a typo.` };
    }
    return { kind: 'orcid', orcid: id };
  }
  const openalex = q.match(OPENALEX);
  if (openalex) return { kind: 'openalex', id: openalex[1]!.toUpperCase() };
  if (q.length < SEARCH_QUERY_LENGTH.min || q.length > SEARCH_QUERY_LENGTH.max) {
    return { kind: 'invalid', error: `A name to search for has ${SEARCH_QUERY_LENGTH.min} to ${SEARCH_QUERY_LENGTH.max} characters.` };
  }
  return { kind: 'name', name: q };
}
