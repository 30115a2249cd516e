import { z } from 'zod';

/**
 * Lenient shapes of the Semantic Scholar Graph API fields PeerLens asks for (`/paper/batch`, `/author/batch`).
 * Recorded answers carry null authors, null ids and null list entries: those parse, and are skipped by the reader.
 */
const nullableString = z.string().nullish().transform((v) => v ?? null);
const ExternalIds = z
  .record(z.string(), z.union([z.string(), z.number(), z.null()]))
  .nullish()
  .catch(null)
  .transform((v) => v ?? {});

export const S2PaperAuthor = z.object({
  authorId: nullableString,
  name: nullableString,
  externalIds: ExternalIds,
});
export type S2PaperAuthor = z.infer<typeof S2PaperAuthor>;

export const S2Paper = z.object({
  paperId: z.string(),
  externalIds: ExternalIds,
  year: z.number().int().nullish().catch(null).transform((v) => v ?? null),
  publicationDate: nullableString.catch(null),
  authors: z
    .array(S2PaperAuthor.nullable())
    .nullish()
    .transform((v) => (v ?? []).filter((a): a is S2PaperAuthor => a !== null)),
});
export type S2Paper = z.infer<typeof S2Paper>;

/** `/paper/batch` answers one entry per id asked, in order; null where Semantic Scholar has no such paper. */
export const S2PaperBatch = z.array(S2Paper.nullable());

const S2AuthorPaper = z.object({ paperId: nullableString, externalIds: ExternalIds, year: z.number().int().nullish().catch(null) });

export const S2Author = z.object({
  authorId: z.string(),
  name: nullableString,
  externalIds: ExternalIds,
  papers: z
    .array(S2AuthorPaper.nullable())
    .nullish()
    .transform((v) => (v ?? []).filter((p): p is z.infer<typeof S2AuthorPaper> => p !== null)),
});
export type S2Author = z.infer<typeof S2Author>;

export const S2AuthorBatch = z.array(S2Author.nullable());
