import type { Band, Verification } from '../../lib/api/researcher';
import type { TrustBreakdown, TrustInputLine, TrustInputs, TrustPart, TrustPenalty } from './types';

/**
 * The trust score of DESIGN.md ("Trust score, 0–100"), exactly as its table states. Pure: every number
 * it uses is in `inputs`, and every part comes back with its inputs so a card can show the arithmetic.
 */
export function computeTrust(inputs: TrustInputs): TrustBreakdown {
  const parts = [identity(inputs), trackRecord(inputs), community(inputs), network(inputs), integrity(inputs)];
  const penalties = penaltiesOf(inputs);
  const sum = parts.reduce((n, p) => n + p.points, 0) + penalties.reduce((n, p) => n + p.points, 0);
  let raw = Math.min(100, Math.max(0, sum));
  if (inputs.retractions > 0) raw = Math.min(raw, RETRACTION_CAP);

  if (inputs.verification === 'L0') {
    return { score: null, band: null, verification: 'L0', heldBy: null, rawScore: raw, parts, penalties };
  }
  const floored = Math.floor(raw);
  const allowed = ALLOWED_BAND[inputs.verification];
  const top = BAND_RANGES[allowed][1];
  if (floored > top) {
    const heldBy =
      `Verification ${inputs.verification} allows at most ${allowed} (${top}); the evidence adds up to ${floored}. ` +
      NEXT_STEP[inputs.verification];
    return { score: top, band: allowed, verification: inputs.verification, heldBy, rawScore: raw, parts, penalties };
  }
  return { score: floored, band: bandOf(floored), verification: inputs.verification, heldBy: null, rawScore: raw, parts, penalties };
}

export const BAND_RANGES: Record<Band, readonly [number, number]> = {
  Emerging: [0, 24],
  Developing: [25, 44],
  Established: [45, 64],
  Trusted: [65, 84],
  Exemplary: [85, 100],
};

const ALLOWED_BAND: Record<Exclude<Verification, 'L0'>, Band> = {
  L1: 'Developing',
  L2: 'Established',
  L3: 'Trusted',
  L4: 'Exemplary',
};

const NEXT_STEP: Record<Exclude<Verification, 'L0'>, string> = {
  L1: 'An ORCID iD asserted for this record (L2) would lift the hold.',
  L2: 'Claiming the record through ORCID sign-in (L3) would lift the hold.',
  L3: 'An employment, education or work asserted by an ORCID member organisation (L4) would lift the hold.',
  L4: '',
};

const RETRACTION_CAP = 35;

export function bandOf(score: number): Band {
  if (score >= 85) return 'Exemplary';
  if (score >= 65) return 'Trusted';
  if (score >= 45) return 'Established';
  if (score >= 25) return 'Developing';
  return 'Emerging';
}

const min1 = (x: number) => Math.min(1, Math.max(0, x));
const share = (x: number) => min1(x);

function part(key: TrustPart['key'], label: string, max: number, inputs: TrustInputLine[]): TrustPart {
  const points = Math.min(max, inputs.reduce((n, i) => n + i.points, 0));
  return { key, label, points, max, inputs };
}

/**
 * Partial evidence (docs/architecture.md, "Partial evidence"): a share drawn from the works read (non-preprint
 * share, share of close collaborators at L2+, works-based topical coherence) earns its points in proportion to how many works were read, up to
 * ENOUGH_WORKS (or all of them, for a record with fewer): 1 work of 62 read earns 1/20 of the points. Counts
 * drawn from the works read (co-authors, works not retracted) are simply what was read. Record totals
 * (works_count, cited_by_count, counts_by_year, topic counts) are the record's own and fully evidenced.
 */
export const ENOUGH_WORKS = 20;

export function evidenceWeight(e: TrustInputs['evidence']): number {
  if (!e) return 1;
  const needed = Math.min(e.worksCount, ENOUGH_WORKS);
  return needed <= 0 ? 1 : min1(e.worksRead / needed);
}

/** "from 1 of 62 works": the basis of an input drawn from the works read. */
function fromWorks(e: NonNullable<TrustInputs['evidence']>, verb = 'from'): string {
  return `${verb} ${e.worksRead.toLocaleString('en')} of ${e.worksCount.toLocaleString('en')} ${e.worksCount === 1 ? 'work' : 'works'}`;
}

/** Adds the basis (and the evidence weight when below 1) to an input line when the inputs carry evidence. */
function based(line: TrustInputLine, basis: string | null, weight = 1): TrustInputLine {
  if (basis === null) return line;
  return weight < 1 ? { ...line, basis, evidence: weight } : { ...line, basis };
}

function source(inputs: TrustInputs, key: keyof NonNullable<TrustInputs['sources']>, fallback: string): string {
  return inputs.sources?.[key] ?? fallback;
}

function identity(i: TrustInputs): TrustPart {
  const institutionPoints = i.institution === 'orcid-member' ? 4 : i.institution === 'ror' ? 2 : 0;
  return part('identity', 'Identity', 25, [
    { label: 'Public author record with at least one work', value: i.hasPublicRecord, points: i.hasPublicRecord ? 4 : 0, max: 4, source: source(i, 'hasPublicRecord', 'OpenAlex author record') },
    { label: 'ORCID iD asserted outside disambiguation', value: i.orcidAsserted, points: i.orcidAsserted ? 5 : 0, max: 5, source: source(i, 'orcidAsserted', 'paper metadata or authorship') },
    { label: 'Claimed on PeerLens through ORCID sign-in', value: i.claimed, points: i.claimed ? 8 : 0, max: 8, source: source(i, 'claimed', 'PeerLens claims') },
    { label: 'ORCID account with a verified primary email', value: i.orcidVerifiedEmail, points: i.orcidVerifiedEmail ? 2 : 0, max: 2, source: source(i, 'orcidVerifiedEmail', 'ORCID record') },
    { label: 'Institution known', value: i.institution, points: institutionPoints, max: 4, source: source(i, 'institution', 'OpenAlex last known institution (ROR)') },
    { label: 'At least one ORCID trust marker', value: i.orcidTrustMarker, points: i.orcidTrustMarker ? 2 : 0, max: 2, source: source(i, 'orcidTrustMarker', 'ORCID record') },
  ]);
}

function trackRecord(i: TrustInputs): TrustPart {
  const e = i.evidence;
  const w = evidenceWeight(e);
  return part('trackRecord', 'Track record', 30, [
    based({ label: 'Works', value: i.works, points: 10 * min1(Math.log(1 + i.works) / Math.log(81)), max: 10, source: source(i, 'works', 'OpenAlex works count') }, e ? 'the author record’s own works count' : null),
    based({ label: 'Share of works that are not preprints', value: i.nonPreprintShare, points: 6 * share(i.nonPreprintShare) * w, max: 6, source: source(i, 'nonPreprintShare', 'stored works') }, e ? fromWorks(e) : null, w),
    based({ label: 'Citations', value: i.citations, points: 8 * min1(Math.log10(1 + i.citations) / 3), max: 8, source: source(i, 'citations', 'OpenAlex cited-by count') }, e ? 'the author record’s own cited-by count' : null),
    based({ label: 'Active years of the last 10', value: i.activeYears, points: 6 * min1(i.activeYears / 8), max: 6, source: source(i, 'activeYears', 'OpenAlex counts by year') }, e ? 'the author record’s own counts by year' : null),
  ]);
}

function community(i: TrustInputs): TrustPart {
  return part('community', 'Community', 15, [
    { label: 'Followers, weighted by their verification', value: i.weightedFollowers, points: 10 * min1(Math.log10(1 + i.weightedFollowers) / 2), max: 10, source: source(i, 'weightedFollowers', 'PeerLens followers') },
    { label: 'Claimed close collaborators', value: i.claimedCloseCollaborators, points: 5 * min1(i.claimedCloseCollaborators / 5), max: 5, source: source(i, 'claimedCloseCollaborators', 'PeerLens claims') },
  ]);
}

function network(i: TrustInputs): TrustPart {
  const basis = i.evidence ? fromWorks(i.evidence) : null;
  const w = evidenceWeight(i.evidence);
  return part('network', 'Network', 15, [
    based({ label: 'Co-authors', value: i.coAuthors, points: 4 * min1(Math.log(1 + i.coAuthors) / Math.log(41)), max: 4, source: source(i, 'coAuthors', 'stored works') }, basis),
    based({ label: 'Close collaborators (2 or more shared works)', value: i.closeCollaborators, points: 4 * min1(i.closeCollaborators / 8), max: 4, source: source(i, 'closeCollaborators', 'stored works') }, basis),
    based({ label: 'Share of close collaborators at L2 or above', value: i.closeCollaboratorsL2Share, points: 4 * share(i.closeCollaboratorsL2Share) * w, max: 4, source: source(i, 'closeCollaboratorsL2Share', 'stored works') }, basis, w),
    based({ label: 'Distinct institutions among co-authors', value: i.coAuthorInstitutions, points: 3 * min1(i.coAuthorInstitutions / 6), max: 3, source: source(i, 'coAuthorInstitutions', 'stored works') }, basis),
  ]);
}

function integrity(i: TrustInputs): TrustPart {
  const confidence = i.identityConfidence === 'claimed' ? 1 : i.identityConfidence === 'unclaimed' ? 0.5 : 0;
  const e = i.evidence;
  // Coherence from the record's own topic counts is fully evidenced; from the works read, weighed like a share.
  const cw = e?.coherenceFromWorks ? evidenceWeight(e) : 1;
  const coherenceBasis = e ? (e.coherenceFromWorks ? fromWorks(e) : 'the author record’s own topic counts') : null;
  return part('integrity', 'Integrity', 15, [
    based({ label: 'Works not retracted', value: i.worksNotRetracted, points: 8 * min1(i.worksNotRetracted / 25), max: 8, source: source(i, 'worksNotRetracted', 'OpenAlex works count and retraction flags') }, e ? fromWorks(e, 'checked') : null),
    based({ label: 'Topical coherence (share of works in the top two fields)', value: i.topicalCoherence, points: 4 * share(i.topicalCoherence) * min1(i.works / 20) * cw, max: 4, source: source(i, 'topicalCoherence', 'OpenAlex author topics') }, coherenceBasis, cw),
    { label: 'Identity confidence', value: i.identityConfidence, points: 3 * confidence, max: 3, source: source(i, 'identityConfidence', 'PeerLens claims and disputes') },
  ]);
}

function penaltiesOf(i: TrustInputs): TrustPenalty[] {
  const list: TrustPenalty[] = [];
  if (i.retractions > 0) {
    list.push({ label: 'Retractions (−15 each, at most −45; score at most 35)', count: i.retractions, points: -Math.min(45, 15 * i.retractions), source: source(i, 'retractions', 'stored works') });
  }
  if (i.expressionsOfConcern > 0) {
    list.push({ label: 'Expressions of concern (−5 each, at most −10)', count: i.expressionsOfConcern, points: -Math.min(10, 5 * i.expressionsOfConcern), source: source(i, 'expressionsOfConcern', 'stored works') });
  }
  return list;
}
