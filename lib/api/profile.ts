import { z } from 'zod';
import { fullFromMini } from './full-from-mini';
import { TRUST_PART_KEYS } from './constants';
import { OpenAlexAuthorId } from './ids';
import { ResearcherSummary } from './researcher';
import { ProfileTopicMini, TrustBreakdownMini } from './profile-mini';

// The parts the card checks are defined once in profile-mini.ts (zod/mini, for the card's size) and rebuilt
// here in full zod; a part, an input and a penalty are read out of the breakdown (one nesting keeps card.js smallest).
export const TrustInputLine = fullFromMini(TrustBreakdownMini.shape.parts.def.element.shape.inputs.def.element);
export type TrustInputLine = z.infer<typeof TrustInputLine>;

export { TRUST_PART_KEYS };
export const TrustPart = fullFromMini(TrustBreakdownMini.shape.parts.def.element);
export type TrustPart = z.infer<typeof TrustPart>;

export const TrustPenalty = fullFromMini(TrustBreakdownMini.shape.penalties.def.element);
export type TrustPenalty = z.infer<typeof TrustPenalty>;

/** "Why this score?": the score with every part, input, penalty and gate that made it. */
export const TrustBreakdown = fullFromMini(TrustBreakdownMini);
export type TrustBreakdown = z.infer<typeof TrustBreakdown>;

export const ProfileWork = z.object({
  id: z.string(),
  type: z.string().nullable(),
  year: z.number().int().nullable(),
  venue: z.string().nullable(),
  title: z.string().nullable(),
  /** Rebuilt from OpenAlex's inverted index; null when the record has none. */
  abstract: z.string().nullable(),
  doi: z.string().nullable(),
  arxivId: z.string().nullable(),
  retracted: z.boolean(),
  citedBy: z.number().int().min(0),
});
export type ProfileWork = z.infer<typeof ProfileWork>;

export const WorksPage = z.object({
  items: z.array(ProfileWork),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  perPage: z.number().int().min(1),
  /**
   * The author record's own works count (OpenAlex `works_count`), the number the header shows; absent on a
   * `since` page. Above `total` while further works are still to be loaded from OpenAlex.
   */
  recordCount: z.number().int().min(0).optional(),
});
export type WorksPage = z.infer<typeof WorksPage>;

export const ProfileTopic = fullFromMini(ProfileTopicMini);
export type ProfileTopic = z.infer<typeof ProfileTopic>;

export const Collaborator = z.object({
  summary: ResearcherSummary,
  sharedWorks: z.number().int().min(1),
});
export type Collaborator = z.infer<typeof Collaborator>;

export const InstitutionSpan = z.object({
  id: z.string(),
  name: z.string(),
  ror: z.string().nullable(),
  country: z.string().nullable(),
  years: z.array(z.number().int()),
});
export type InstitutionSpan = z.infer<typeof InstitutionSpan>;

/** `GET /v1/researchers/:id`. */
export const ResearcherProfile = z.object({
  summary: ResearcherSummary,
  otherNames: z.array(z.string()),
  openAlexUrl: z.string(),
  breakdown: TrustBreakdown,
  topics: z.array(ProfileTopic),
  collaborators: z.array(Collaborator),
  institutions: z.array(InstitutionSpan),
  works: WorksPage,
  /** When the record was built from upstream; a stale record is served and rebuilt in the background. */
  builtAt: z.string(),
  stale: z.boolean(),
  /** Set when the id asked for was merged upstream into `summary.id`. */
  mergedFrom: OpenAlexAuthorId.nullable(),
});
export type ResearcherProfile = z.infer<typeof ResearcherProfile>;

/** What tells namesakes apart in a list of candidates. */
export const CandidateHint = z.object({
  institution: z.string().nullable(),
  topTopic: z.string().nullable(),
  worksCount: z.number().int().min(0),
  /** First and last year with works, e.g. [2015, 2024]; null when unknown. */
  yearsActive: z.tuple([z.number().int(), z.number().int()]).nullable(),
});
export type CandidateHint = z.infer<typeof CandidateHint>;

export const SearchCandidate = z.object({
  id: OpenAlexAuthorId,
  name: z.string(),
  orcid: z.string().nullable(),
  hint: CandidateHint,
  /** Present when the service already holds a snapshot for this researcher. */
  summary: ResearcherSummary.nullable(),
});
export type SearchCandidate = z.infer<typeof SearchCandidate>;

export const SEARCH_KINDS = ['name', 'orcid', 'openalex'] as const;
/** `GET /v1/search?q=`. */
export const SearchResponse = z.object({
  query: z.string(),
  kind: z.enum(SEARCH_KINDS),
  candidates: z.array(SearchCandidate),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
