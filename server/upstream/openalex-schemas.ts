import { z } from 'zod';
import { rebuildAbstract } from './abstract';

/**
 * Lenient shapes of the OpenAlex fields PeerLens uses. Unknown keys are stripped (what we store is what we
 * read); missing optional parts default, so a sparse but honest record parses, while a body of the wrong
 * shape fails and becomes an `UpstreamError`.
 */

const nullableString = z.string().nullish().transform((v) => v ?? null);
const count = z.number().int().min(0).catch(0);

export const OpenAlexInstitution = z.object({
  id: nullableString,
  ror: nullableString,
  display_name: nullableString,
  country_code: nullableString,
});
export type OpenAlexInstitution = z.infer<typeof OpenAlexInstitution>;

const Named = z.object({ id: nullableString, display_name: nullableString });

export const OpenAlexAuthorTopic = z.object({
  id: nullableString,
  display_name: nullableString,
  count: count,
  field: Named.nullish().transform((v) => v ?? null),
});

export const OpenAlexAffiliation = z.object({
  institution: OpenAlexInstitution,
  years: z.array(z.number().int()).nullish().transform((v) => v ?? []),
});
export type OpenAlexAffiliation = z.infer<typeof OpenAlexAffiliation>;

export const OpenAlexAuthor = z.object({
  id: z.string(),
  orcid: nullableString,
  display_name: z.string().nullish().transform((v) => v ?? ''),
  display_name_alternatives: z.array(z.string()).nullish().transform((v) => v ?? []),
  works_count: count,
  cited_by_count: count,
  last_known_institutions: z.array(OpenAlexInstitution).nullish().transform((v) => v ?? []),
  affiliations: z.array(OpenAlexAffiliation).nullish().transform((v) => v ?? []),
  topics: z.array(OpenAlexAuthorTopic).nullish().transform((v) => v ?? []),
  counts_by_year: z
    .array(z.object({ year: z.number().int(), works_count: count, cited_by_count: count }))
    .nullish()
    .transform((v) => v ?? []),
  updated_date: nullableString,
});
export type OpenAlexAuthor = z.infer<typeof OpenAlexAuthor>;

export const OpenAlexAuthorship = z.object({
  author_position: nullableString,
  author: z
    .object({ id: nullableString, display_name: nullableString, orcid: nullableString })
    .nullish()
    .transform((v) => v ?? { id: null, display_name: null, orcid: null }),
  institutions: z.array(OpenAlexInstitution).nullish().transform((v) => v ?? []),
  raw_author_name: nullableString,
});
export type OpenAlexAuthorship = z.infer<typeof OpenAlexAuthorship>;

const Location = z.object({ landing_page_url: nullableString, source: Named.extend({ type: nullableString }).nullish() });

/** The abstract arrives as an inverted index and is stored as the text it encodes (see abstract.ts). */
export const OpenAlexWork = z
  .object({
    id: z.string(),
    doi: nullableString,
    title: nullableString,
    display_name: nullableString,
    publication_year: z.number().int().nullish().transform((v) => v ?? null),
    publication_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullish()
      .catch(null)
      .transform((v) => v ?? null),
    type: nullableString,
    cited_by_count: count,
    is_retracted: z.boolean().nullish().transform((v) => v ?? false),
    authorships: z.array(OpenAlexAuthorship).nullish().transform((v) => v ?? []),
    primary_location: Location.nullish().transform((v) => v ?? null),
    /** Landing pages only: where an arXiv preprint of the work is filed. */
    locations: z
      .array(z.object({ landing_page_url: nullableString }))
      .nullish()
      .transform((v) => v ?? []),
    primary_topic: z
      .object({ id: nullableString, display_name: nullableString, field: Named.nullish().transform((v) => v ?? null) })
      .nullish()
      .transform((v) => v ?? null),
    abstract_inverted_index: z.record(z.string(), z.array(z.number())).nullish().catch(null),
  })
  .transform(({ abstract_inverted_index, ...work }) => ({ ...work, abstract: rebuildAbstract(abstract_inverted_index) }));
export type OpenAlexWork = z.infer<typeof OpenAlexWork>;

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    meta: z.object({ count: z.number().int().min(0) }).loose(),
    results: z.array(item),
  });
}
