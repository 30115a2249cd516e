import type { Band, Verification } from '../../lib/api/researcher';

export type InstitutionEvidence = 'none' | 'ror' | 'orcid-member';
export type IdentityConfidence = 'claimed' | 'unclaimed' | 'disputed';

/** Everything the score is computed from; each value is already derived from stored data (see inputs.ts). */
export interface TrustInputs {
  verification: Verification;
  /** A public author record with at least one work. */
  hasPublicRecord: boolean;
  orcidAsserted: boolean;
  claimed: boolean;
  orcidVerifiedEmail: boolean;
  institution: InstitutionEvidence;
  orcidTrustMarker: boolean;
  /** W */
  works: number;
  /** p, 0–1 */
  nonPreprintShare: number;
  /** C */
  citations: number;
  /** Y, years with at least one work among the last 10 */
  activeYears: number;
  /** F, followers weighted by their verification */
  weightedFollowers: number;
  /** k */
  claimedCloseCollaborators: number;
  /** A */
  coAuthors: number;
  /** K, co-authors with at least 2 shared works */
  closeCollaborators: number;
  /** 0–1 */
  closeCollaboratorsL2Share: number;
  /** I */
  coAuthorInstitutions: number;
  /** S */
  worksNotRetracted: number;
  /** c, 0–1 */
  topicalCoherence: number;
  identityConfidence: IdentityConfidence;
  retractions: number;
  expressionsOfConcern: number;
  /** Where each input came from, shown beside it; keyed by input name. */
  sources?: Partial<Record<keyof Omit<TrustInputs, 'sources' | 'verification'>, string>>;
}

export interface TrustInputLine {
  label: string;
  value: number | boolean | string;
  points: number;
  max: number;
  source: string;
}

export type TrustPartKey = 'identity' | 'trackRecord' | 'community' | 'network' | 'integrity';

export interface TrustPart {
  key: TrustPartKey;
  label: string;
  points: number;
  max: number;
  inputs: TrustInputLine[];
}

export interface TrustPenalty {
  label: string;
  count: number;
  points: number;
  source: string;
}

export interface TrustBreakdown {
  /** Integer 0–100, or null when the verification level shows no score (L0). */
  score: number | null;
  band: Band | null;
  verification: Verification;
  /** Why the score is held at the top of a lower band, or null. */
  heldBy: string | null;
  /** The score before any band hold, unfloored, for the "why" view. */
  rawScore: number;
  parts: TrustPart[];
  penalties: TrustPenalty[];
}
