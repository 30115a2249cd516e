import { z } from 'zod';

/*
 * The parts of an ORCID v3.0 record (`GET {ORCID_API_URL}/{iD}/record`, JSON) a claim decision reads. Loose
 * objects and nullable fields everywhere: ORCID omits or nulls private and empty sections.
 */

const Value = z.looseObject({ value: z.union([z.string(), z.number()]).nullish() }).nullish();

const Source = z
  .looseObject({
    'source-orcid': z.looseObject({ path: z.string().nullish() }).nullish(),
    /** Set when a member organisation's integration wrote the item: what makes it a trust marker. */
    'source-client-id': z.looseObject({ path: z.string().nullish() }).nullish(),
    'source-name': Value,
  })
  .nullish();

const ExternalId = z.looseObject({
  'external-id-type': z.string(),
  'external-id-value': z.string(),
  'external-id-normalized': Value,
});

const Organization = z
  .looseObject({
    name: z.string().nullish(),
    'disambiguated-organization': z
      .looseObject({
        'disambiguated-organization-identifier': z.string().nullish(),
        'disambiguation-source': z.string().nullish(),
      })
      .nullish(),
  })
  .nullish();

const AffiliationSummary = z.looseObject({ source: Source, organization: Organization });

/** `employments`, `educations`, … : groups of `{ "<kind>-summary": … }`. */
const AffiliationSection = z
  .looseObject({
    'affiliation-group': z
      .array(z.looseObject({ summaries: z.array(z.record(z.string(), AffiliationSummary.nullish())).nullish() }))
      .nullish(),
  })
  .nullish();

const WorkSummary = z.looseObject({
  source: Source,
  'external-ids': z.looseObject({ 'external-id': z.array(ExternalId).nullish() }).nullish(),
});

export const OrcidRecord = z.looseObject({
  'orcid-identifier': z.looseObject({ path: z.string() }),
  history: z.looseObject({ 'verified-primary-email': z.boolean().nullish() }).nullish(),
  person: z
    .looseObject({
      name: z.looseObject({ 'given-names': Value, 'family-name': Value, 'credit-name': Value }).nullish(),
      emails: z
        .looseObject({ email: z.array(z.looseObject({ verified: z.boolean().nullish(), primary: z.boolean().nullish() })).nullish() })
        .nullish(),
    })
    .nullish(),
  'activities-summary': z
    .looseObject({
      employments: AffiliationSection,
      educations: AffiliationSection,
      works: z.looseObject({ group: z.array(z.looseObject({ 'work-summary': z.array(WorkSummary).nullish() })).nullish() }).nullish(),
    })
    .nullish(),
});
export type OrcidRecord = z.infer<typeof OrcidRecord>;
