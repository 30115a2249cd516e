export { computeTrust, bandOf, BAND_RANGES } from './compute';
export { deriveTrustInputs, topicalCoherence, worksCoherence, type AuthorEvidence } from './inputs';
export { coAuthorNetwork, CLOSE_COLLABORATOR_MIN_SHARED, type CoAuthorNetwork } from './network';
export type * from './types';
