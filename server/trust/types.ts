import type { Verification } from '../../lib/api/researcher';

export interface WorksEvidence {
  worksRead: number;
  worksCount: number;
  /** Topical coherence came from the works read (true) or from the author record's own topic counts (false). */
  coherenceFromWorks: boolean;
}

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
  /**
   * How much of the record's works the work-based inputs were read from: `worksRead` of `worksCount` (the record's
   * own count). Absent: every input is taken as fully evidenced (the design's test vector). See compute.ts.
   */
  evidence?: WorksEvidence;
  /** Where each input came from, shown beside it; keyed by input name. */
  sources?: Partial<Record<keyof Omit<TrustInputs, 'sources' | 'verification' | 'evidence'>, string>>;
}

// The breakdown's shapes are the wire contract's (lib/api/profile.ts): one definition, inferred from its zod schemas.
export type { TrustBreakdown, TrustInputLine, TrustPart, TrustPenalty } from '../../lib/api/profile';
