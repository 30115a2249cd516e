/**
 * What the badge's bands, levels and marks mean, one line each: the badge's tooltip, the card's legend and
 * the README say the same words. Plain data, so the content script carries a few hundred bytes of it.
 */
import type { Band, Verification } from '../../lib/api/researcher';

export const SCORE_MEANING = 'Trust 0–100 measures how much public evidence there is about a researcher, not their worth.';

export const BAND_MEANING: Record<Band, { range: string; line: string }> = {
  Emerging: { range: '0–24', line: 'little public evidence yet' },
  Developing: { range: '25–44', line: 'a public record that is building up' },
  Established: { range: '45–64, needs L2', line: 'a solid record of works and co-authors, linked to an ORCID iD' },
  Trusted: { range: '65–84, needs L3', line: 'a deep record its researcher has claimed' },
  Exemplary: { range: '85–100, needs L4', line: 'a deep, claimed record confirmed by an institution' },
};

export const LEVEL_MEANING: Record<Verification, { name: string; line: string }> = {
  L0: { name: 'name only', line: 'no record matched with certainty, so no score' },
  L1: { name: 'public record', line: 'an OpenAlex author record reached through this paper' },
  L2: { name: 'ORCID-linked', line: 'the record’s ORCID iD is stated by the paper or its publisher, not guessed' },
  L3: { name: 'claimed', line: 'the researcher signed in with ORCID and claimed the record' },
  L4: { name: 'institution-validated', line: 'claimed, and an ORCID member organisation confirms an affiliation' },
};

/** The marks a badge shows besides a score, in the order a reader meets them. */
export const MARK_MEANING: Array<{ mark: string; label: string; line: string }> = [
  { mark: '…', label: 'Looking up', line: 'PeerLens is asking about this name' },
  { mark: '?', label: 'Not sure', line: 'several records fit this name: open it to choose; no score until then' },
  { mark: '○', label: 'No record', line: 'no public author record matched this name on this paper' },
  { mark: '↻', label: 'Unreachable', line: 'the PeerLens service did not answer: open it to retry' },
  { mark: '⌕', label: 'Not asked', line: 'privacy mode: nothing is sent until you click' },
];

/** "Established (45–64, needs L2): a solid record…" */
export const bandLine = (band: Band) => `${band} (${BAND_MEANING[band].range}): ${BAND_MEANING[band].line}`;
/** "L2 ORCID-linked: the record's ORCID iD…" */
export const levelLine = (level: Verification) => `${level} ${LEVEL_MEANING[level].name}: ${LEVEL_MEANING[level].line}`;
