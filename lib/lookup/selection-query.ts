/**
 * What a selected piece of text asks PeerLens to look up: an ORCID iD, an OpenAlex author id, or a name.
 * Pure: the background builds the look-up window's URL from it, the popup says what it recognised.
 */
import { ORCID_RE, isValidOrcidChecksum } from '../api/constants';
import { toOpenAlexAuthorId } from '../api/ids';

/** Longer than any name a reader would select; beyond it the selection is a sentence, not a name. */
export const MAX_LOOKUP_LENGTH = 100;

export type SelectionQuery =
  | { kind: 'orcid'; query: string; checksumOk: boolean }
  | { kind: 'openalex'; query: string }
  | { kind: 'name'; query: string }
  /** Nothing usable: empty, too long, or no letter in it. */
  | { kind: 'none'; reason: string };

/** Selected text → the look-up it stands for. Whitespace and surrounding quotes or punctuation are dropped. */
export function recogniseSelection(selection: string | null | undefined): SelectionQuery {
  const text = (selection ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“”‘’«»()[\]<>,;:.]+|[\s"'“”‘’«»()[\]<>,;:.]+$/g, '');
  if (text === '') return { kind: 'none', reason: 'The selection is empty.' };
  const orcid = text.match(/^(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])$/i)?.[1]?.toUpperCase();
  if (orcid && ORCID_RE.test(orcid)) return { kind: 'orcid', query: orcid, checksumOk: isValidOrcidChecksum(orcid) };
  if (/^(?:(?:https?:\/\/)?(?:api\.)?openalex\.org\/(?:authors\/|people\/)?)?A\d{4,12}$/i.test(text)) {
    const id = toOpenAlexAuthorId(text);
    if (id) return { kind: 'openalex', query: id };
  }
  if (text.length > MAX_LOOKUP_LENGTH) return { kind: 'none', reason: `The selection is longer than a name (${MAX_LOOKUP_LENGTH} characters at most).` };
  if (!/\p{L}/u.test(text)) return { kind: 'none', reason: 'The selection has no letters: select a name, an ORCID iD or an OpenAlex id.' };
  return { kind: 'name', query: text };
}

/** The query parameter of `popup.html` that carries a selection to look up. */
export const LOOKUP_PARAM = 'lookup';

/** The extension path of the look-up for a selection (the popup page, opened in a window of its own). */
export function lookupPath(selection: string): string {
  return `/popup.html?${new URLSearchParams({ [LOOKUP_PARAM]: selection.slice(0, 500) }).toString()}`;
}

/** Words for what was recognised, shown above the prefilled search box. */
export function describeSelection(q: SelectionQuery): string {
  switch (q.kind) {
    case 'orcid':
      return q.checksumOk ? `Looking up the ORCID iD ${q.query}.` : `${q.query} looks like an ORCID iD, but its checksum does not match.`;
    case 'openalex':
      return `Looking up the OpenAlex author ${q.query}.`;
    case 'name':
      return `Looking up the name “${q.query}”.`;
    case 'none':
      return q.reason;
  }
}
