/**
 * The background's reply, checked in the content script with `zod/mini`: the same schema as
 * `ResolveReply` in lib/messages.ts, written with the tree-shakable API so the content script stays
 * within its 30 KB budget (full zod alone is ~25 KB gzipped). tests/unit/reply-schema.test.ts keeps
 * the two in step: equal inferred types, equal verdicts on valid and invalid replies.
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
} from '../../lib/api/constants';

// MV3 pages forbid eval; zod would fall back by itself, but Firefox's review tool flags the attempt.
z.config({ jitless: true });

const count = z.number().check(z.int(), z.minimum(0));

export const ResearcherMini = z.object({
  id: z.string().check(z.regex(OPENALEX_AUTHOR_ID_RE)),
  name: z.string(),
  orcid: z.nullable(z.string().check(z.regex(ORCID_RE), z.refine(isValidOrcidChecksum))),
  affiliation: z.nullable(z.string()),
  trust: z.object({
    score: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    band: z.nullable(z.enum(BANDS)),
    verification: z.enum(VERIFICATION_LEVELS),
    claimed: z.boolean(),
    heldBy: z.nullable(z.string()),
    disputed: z.optional(z.boolean()),
  }),
  counts: z.object({ works: count, followers: count, topics: count, closeCollaborators: count }),
  openToCollaborate: z.boolean(),
  computedAt: z.string(),
});

const Match = z.object({
  position: z.number().check(z.int(), z.minimum(1)),
  state: z.enum(MATCH_STATES),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  method: z.optional(z.enum(MATCH_METHODS)),
  researcher: z.optional(ResearcherMini),
  candidates: z.optional(z.array(ResearcherMini)),
  reason: z.optional(z.string()),
  reasonCode: z.optional(z.enum(REASON_CODES)),
});

const Paper = z.object({
  arxivId: z.optional(z.string()),
  doi: z.optional(z.string()),
  title: z.optional(z.string()),
  year: z.optional(z.number()),
  workId: z.nullable(z.string()),
  authors: z.array(Match),
  retryAfterSeconds: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(3600))),
});

export const ResolveReplyMini = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), papers: z.array(Paper) }),
  z.object({ ok: z.literal(false), error: z.string(), retryable: z.boolean() }),
]);
