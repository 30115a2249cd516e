import { z } from 'zod';
import { chunks } from './batching';
import type { Schedule } from './openalex';
import { SecondSource, type SecondSourceOptions } from './upstream-gate';

/** The fields of a Crossref work PeerLens reads: authors with the ORCID iDs publishers deposit, and its dates. */
const nullableString = z.string().nullish().transform((v) => v ?? null);
export const CrossrefAuthor = z.object({
  given: nullableString,
  family: nullableString,
  name: nullableString,
  ORCID: nullableString,
  sequence: nullableString,
  affiliation: z
    .array(z.object({ name: nullableString }))
    .nullish()
    .catch(null)
    .transform((v) => (v ?? []).map((a) => a.name).filter((n): n is string => n !== null)),
});
export type CrossrefAuthor = z.infer<typeof CrossrefAuthor>;

export const CrossrefWork = z.object({
  DOI: z.string(),
  author: z.array(CrossrefAuthor).nullish().transform((v) => v ?? []),
  created: z.object({ 'date-time': nullableString }).nullish().catch(null),
});
export type CrossrefWork = z.infer<typeof CrossrefWork>;

const CrossrefList = z.object({ message: z.object({ items: z.array(CrossrefWork) }) });

export type CrossrefOptions = SecondSourceOptions;

const SERVICE = 'Crossref';
/** DOIs per `filter=doi:a,doi:b,…` call (kept well under URL length limits). */
export const CROSSREF_DOI_BATCH = 40;
const immediately: Schedule = (call) => call();

/** Crossref's REST API: work records by DOI, many DOIs a call, zod-parsed, retried like OpenAlex. */
export class CrossrefClient {
  private readonly source: SecondSource;

  constructor(options: CrossrefOptions) {
    this.source = new SecondSource(SERVICE, options);
  }

  /** Lower-cased DOI → its Crossref record; DOIs Crossref does not know are absent. */
  async getWorks(dois: readonly string[], schedule: Schedule = immediately): Promise<Map<string, CrossrefWork>> {
    const found = new Map<string, CrossrefWork>();
    for (const batch of chunks([...new Set(dois.map((d) => d.toLowerCase()))], CROSSREF_DOI_BATCH)) {
      const url = this.source.url('/works');
      url.searchParams.set('filter', batch.map((d) => `doi:${d}`).join(','));
      url.searchParams.set('rows', String(batch.length));
      url.searchParams.set('select', 'DOI,author,created');
      const list = await schedule(() => this.source.getJson({ url, schema: CrossrefList }));
      for (const work of list?.message.items ?? []) found.set(work.DOI.toLowerCase(), work);
    }
    return found;
  }

}
