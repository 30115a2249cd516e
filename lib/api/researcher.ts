import { z } from 'zod';
import { BANDS, VERIFICATION_LEVELS } from './constants';
import { OpenAlexAuthorId, Orcid } from './ids';

export { BANDS, VERIFICATION_LEVELS };
export const Verification = z.enum(VERIFICATION_LEVELS);
export type Verification = z.infer<typeof Verification>;

export const Band = z.enum(BANDS);
export type Band = z.infer<typeof Band>;

export const TrustSnapshot = z.object({
  /** Integer 0–100; null when the level shows no score (L0) or a dispute with evidence as strong as the owner's withholds it. */
  score: z.number().int().min(0).max(100).nullable(),
  band: Band.nullable(),
  verification: Verification,
  claimed: z.boolean(),
  /** Set when the score is held at the top of the band its verification allows. */
  heldBy: z.string().nullable(),
  /** Someone disputes the owner's claim: shown as "disputed" beside the score (absent from older services: no). */
  disputed: z.boolean().optional(),
});
export type TrustSnapshot = z.infer<typeof TrustSnapshot>;

export const ResearcherCounts = z.object({
  works: z.number().int().min(0),
  followers: z.number().int().min(0),
  topics: z.number().int().min(0),
  closeCollaborators: z.number().int().min(0),
});

/** What a badge and its card need. */
export const ResearcherSummary = z.object({
  id: OpenAlexAuthorId,
  name: z.string(),
  orcid: Orcid.nullable(),
  affiliation: z.string().nullable(),
  trust: TrustSnapshot,
  counts: ResearcherCounts,
  openToCollaborate: z.boolean(),
  /** ISO time the snapshot was computed. */
  computedAt: z.string(),
});
export type ResearcherSummary = z.infer<typeof ResearcherSummary>;
