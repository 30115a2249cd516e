export { computeTrust, bandOf, BAND_RANGES } from './compute';
export { deriveTrustInputs, topicalCoherence, type AuthorEvidence } from './inputs';
export type * from './types';
