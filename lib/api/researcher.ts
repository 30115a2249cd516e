import { z } from 'zod';
import { BANDS, VERIFICATION_LEVELS } from './constants';
import { ResearcherSummaryMini } from './wire-mini';

export { BANDS, VERIFICATION_LEVELS };
export const Verification = z.enum(VERIFICATION_LEVELS);
export type Verification = z.infer<typeof Verification>;

export const Band = z.enum(BANDS);
export type Band = z.infer<typeof Band>;

// The shapes are defined once in wire-mini.ts (the content scripts check them with zod/mini).
export const TrustSnapshot = z.object(ResearcherSummaryMini.shape.trust.shape);
export type TrustSnapshot = z.infer<typeof TrustSnapshot>;

export const ResearcherCounts = z.object(ResearcherSummaryMini.shape.counts.shape);

/** What a badge and its card need. */
export const ResearcherSummary = z.object(ResearcherSummaryMini.shape);
export type ResearcherSummary = z.infer<typeof ResearcherSummary>;
