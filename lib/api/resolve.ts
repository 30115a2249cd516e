import { z } from 'zod';
import { fullFromMini } from './full-from-mini';
import { ArxivId, Doi, Orcid } from './ids';
import { LIMITS, MATCH_METHODS, MATCH_STATES, REASON_CODES, stripUnsafeText } from './constants';
import { AuthorMatchMini, PaperResultMini } from './wire-mini';

export { LIMITS, MATCH_METHODS, MATCH_STATES, REASON_CODES };

export const PageAuthor = z.strictObject({
  /** Control characters and unpaired surrogates a page may carry are taken out before anything else. */
  name: z.string().overwrite(stripUnsafeText).trim().min(1).max(LIMITS.nameLength),
  orcid: Orcid.optional(),
});
export type PageAuthor = z.infer<typeof PageAuthor>;

/** A paper known only by its title (Google Scholar, dblp, proceedings pages): the title as the page gives it. */
export const PaperTitle = z.string().trim().min(1).max(LIMITS.titleLength);
export const PaperYear = z.number().int().min(1000).max(2200);

export const PaperQuery = z
  .strictObject({
    arxivId: ArxivId.optional(),
    doi: Doi.optional(),
    /** The arXiv primary category (`cs.CL`) where the page shows it: topical evidence for papers OpenAlex lacks. */
    category: z.string().trim().max(40).regex(/^[a-z-]+(\.[A-Za-z-]+)?$/).optional(),
    /** Only for a paper with neither identifier: the service then looks for an exact title match. */
    title: PaperTitle.optional(),
    year: PaperYear.optional(),
    /** In the order the page shows them; position = index + 1. */
    authors: z.array(PageAuthor).min(1).max(LIMITS.names),
  })
  .refine((p) => p.arxivId !== undefined || p.doi !== undefined || p.title !== undefined, 'each paper needs an arxivId, a doi or a title');
export type PaperQuery = z.infer<typeof PaperQuery>;

export const ResolveRequest = z
  .strictObject({ papers: z.array(PaperQuery).min(1).max(LIMITS.papers) })
  .refine(
    (r) => r.papers.reduce((n, p) => n + p.authors.length, 0) <= LIMITS.names,
    `at most ${LIMITS.names} author names in one request`,
  );
export type ResolveRequest = z.infer<typeof ResolveRequest>;

/**
 * The request's envelope, checked before its papers: the service parses each paper alone with `PaperQuery`, so
 * one bad paper (a DOI with a NUL, a broken name) is answered alone as unresolved while the others resolve.
 */
export const ResolveEnvelope = z
  .strictObject({ papers: z.array(z.unknown()).min(1).max(LIMITS.papers) })
  .refine((r) => r.papers.reduce<number>((n, p) => n + authorCount(p), 0) <= LIMITS.names, `at most ${LIMITS.names} author names in one request`);

/** How many authors a paper as sent lists (0 when it lists none readably). */
export function authorCount(paper: unknown): number {
  const authors = typeof paper === 'object' && paper !== null ? (paper as { authors?: unknown }).authors : undefined;
  return Array.isArray(authors) ? authors.length : 0;
}

export const MatchState = z.enum(MATCH_STATES);
export type MatchState = z.infer<typeof MatchState>;

export const MatchMethod = z.enum(MATCH_METHODS);
export type MatchMethod = z.infer<typeof MatchMethod>;
export const ReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCode>;

// Defined once in wire-mini.ts (the content scripts check them with zod/mini), rebuilt here in full zod.
export const AuthorMatch = fullFromMini(AuthorMatchMini);
export type AuthorMatch = z.infer<typeof AuthorMatch>;

export const PaperResult = fullFromMini(PaperResultMini);
export type PaperResult = z.infer<typeof PaperResult>;

export const ResolveResponse = z.object({ papers: z.array(PaperResult) });
export type ResolveResponse = z.infer<typeof ResolveResponse>;

export const ApiError = z.object({ error: z.string(), issues: z.array(z.string()).optional() });
export type ApiError = z.infer<typeof ApiError>;

// One definition of a paper's key, zod-free in its own module so that content scripts may use it too.
export { normalizeTitle, paperKey } from './paper-key';
