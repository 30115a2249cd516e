/**
 * The parts of the wire contract that content scripts and the card check, defined ONCE here with `zod/mini`
 * (tree-shakable: full zod alone would be ~25 KB gzipped of the content scripts' 30 KB budget). researcher.ts
 * and resolve.ts rebuild them in full zod (full-from-mini.ts, the same checks), so the two cannot drift.
 * No `zod` (classic) import here, ever.
 */
import * as z from 'zod/mini';
import {
  BANDS,
  MATCH_METHODS,
  MATCH_STATES,
  OPENALEX_AUTHOR_ID_RE,
  ORCID_RE,
  REASON_CODES,
  VERIFICATION_LEVELS,
  isValidOrcidChecksum,
} from './constants';

const Count = z.number().check(z.int(), z.minimum(0));

/** What a badge and its card need. */
export const ResearcherSummaryMini = z.object({
  /** OpenAlex author id in short form (`A5023888391`): ids.ts's `OpenAlexAuthorId`, there with a message. */
  id: z.string().check(z.regex(OPENALEX_AUTHOR_ID_RE)),
  name: z.string(),
  /** Bare ORCID iD, checksum checked: ids.ts's `Orcid`, there with messages. */
  orcid: z.nullable(z.string().check(z.regex(ORCID_RE), z.refine<string>(isValidOrcidChecksum))),
  affiliation: z.nullable(z.string()),
  trust: z.object({
    /** Integer 0–100; null when the level shows no score (L0) or a dispute with evidence as strong as the owner's withholds it. */
    score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    band: z.nullable(z.enum(BANDS)),
    verification: z.enum(VERIFICATION_LEVELS),
    claimed: z.boolean(),
    /** Set when the score is held at the top of the band its verification allows. */
    heldBy: z.nullable(z.string()),
    /** Someone disputes the owner's claim: shown as "disputed" beside the score (absent from older services: no). */
    disputed: z.optional(z.boolean()),
  }),
  counts: z.object({ works: Count, followers: Count, topics: Count, closeCollaborators: Count }),
  openToCollaborate: z.boolean(),
  /** ISO time the snapshot was computed. */
  computedAt: z.string(),
});

export const AuthorMatchMini = z.object({
  position: z.number().check(z.int(), z.minimum(1)),
  state: z.enum(MATCH_STATES),
  /** 0–1: how sure the alignment of this page name to the record is. */
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** How the record (or the candidates) was reached; absent when nothing was. */
  method: z.optional(z.enum(MATCH_METHODS)),
  researcher: z.optional(ResearcherSummaryMini),
  /** For `ambiguous`: the records this name could be. */
  candidates: z.optional(z.array(ResearcherSummaryMini)),
  /** For `unresolved`/`ambiguous`: why, in words a reader understands. */
  reason: z.optional(z.string()),
  /** The reason as a code a client can act on (next steps on the card). */
  reasonCode: z.optional(z.enum(REASON_CODES)),
});

export const PaperResultMini = z.object({
  /** Echo of the query's identifiers, so a client can match answers to questions. */
  arxivId: z.optional(z.string()),
  doi: z.optional(z.string()),
  title: z.optional(z.string()),
  year: z.optional(z.number()),
  /** The OpenAlex work the authors were aligned with, or null when none was found. */
  workId: z.nullable(z.string()),
  authors: z.array(AuthorMatchMini),
  /** Set when part of the answer was still loading at the service's deadline: ask again after this many seconds. */
  retryAfterSeconds: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(3600))),
});
