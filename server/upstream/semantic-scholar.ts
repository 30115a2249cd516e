import type { z } from 'zod';
import { chunks } from './batching';
import type { Schedule } from './openalex';
import { SecondSource, type SecondSourceOptions } from './upstream-gate';
import { S2AuthorBatch, S2PaperBatch, type S2Author, type S2Paper } from './semantic-scholar-schemas';

export interface SemanticScholarOptions extends SecondSourceOptions {
  /** `…/graph/v1` (S2_URL). */
  baseUrl: string;
  apiKey?: string | undefined;
}

const SERVICE = 'Semantic Scholar';
/** The Graph API's own limits per batch call. */
export const S2_PAPER_BATCH = 500;
export const S2_AUTHOR_BATCH = 1000;
const PAPER_FIELDS = 'year,publicationDate,externalIds,authors.authorId,authors.name,authors.externalIds';
const AUTHOR_FIELDS = 'name,externalIds,papers.externalIds,papers.year';
const immediately: Schedule = (call) => call();

/** Semantic Scholar's Graph API: papers and authors in batches (POST), zod-parsed, retried like OpenAlex. */
export class SemanticScholarClient {
  private readonly source: SecondSource;

  constructor(private readonly options: SemanticScholarOptions) {
    this.source = new SecondSource(SERVICE, options);
  }

  /** Papers by `ARXIV:<id>` / `DOI:<doi>` ids, one call per 500; an id Semantic Scholar does not know maps to null. */
  async getPapers(ids: readonly string[], schedule: Schedule = immediately): Promise<Map<string, S2Paper | null>> {
    const found = new Map<string, S2Paper | null>();
    for (const batch of chunks([...new Set(ids)], S2_PAPER_BATCH)) {
      const list = await schedule(() => this.post('/paper/batch', PAPER_FIELDS, batch, S2PaperBatch));
      batch.forEach((id, i) => found.set(id, list?.[i] ?? null));
    }
    return found;
  }

  /** Authors with their papers' external ids, one call per 1,000 ids; unknown ids are absent. */
  async getAuthors(ids: readonly string[], schedule: Schedule = immediately): Promise<Map<string, S2Author>> {
    const found = new Map<string, S2Author>();
    for (const batch of chunks([...new Set(ids)], S2_AUTHOR_BATCH)) {
      const list = await schedule(() => this.post('/author/batch', AUTHOR_FIELDS, batch, S2AuthorBatch));
      for (const author of list ?? []) if (author) found.set(author.authorId, author);
    }
    return found;
  }

  private post<S extends z.ZodType>(path: string, fields: string, ids: string[], schema: S): Promise<z.infer<S> | null> {
    const url = this.source.url(path);
    url.searchParams.set('fields', fields);
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
    if (this.options.apiKey) headers['x-api-key'] = this.options.apiKey;
    const init = { method: 'POST', headers, body: JSON.stringify({ ids }) };
    // POSTs with the same ids are the same question: shared while in flight, like the GETs.
    return this.source.getJson({ url, init, schema, key: `${url} ${init.body}` });
  }

}
