import { z } from 'zod';
import { fullFromMini } from './full-from-mini';
import { BANDS, VERIFICATION_LEVELS } from './constants';
import { ResearcherSummaryMini } from './wire-mini';

export { BANDS, VERIFICATION_LEVELS };
export const Verification = z.enum(VERIFICATION_LEVELS);
export type Verification = z.infer<typeof Verification>;

export const Band = z.enum(BANDS);
export type Band = z.infer<typeof Band>;

// Defined once in wire-mini.ts (the content scripts check them with zod/mini), rebuilt here in full zod.
export const TrustSnapshot = fullFromMini(ResearcherSummaryMini.shape.trust);
export type TrustSnapshot = z.infer<typeof TrustSnapshot>;

export const ResearcherCounts = fullFromMini(ResearcherSummaryMini.shape.counts);

/** What a badge and its card need. */
export const ResearcherSummary = fullFromMini(ResearcherSummaryMini);
export type ResearcherSummary = z.infer<typeof ResearcherSummary>;
