import { type JsonRecord, bareDoi, shortId } from './openalex-index';
import type { S2PaperRecord } from './semantic-scholar-replay';

/**
 * Semantic Scholar paper records built from recorded OpenAlex works (shared/fixtures/openalex), for tests and the
 * bench that need Semantic Scholar to know more papers than its few recordings: the work's DOI (and arXiv id when
 * its DOI is an arXiv DOI), its year, and its authors as printed (`raw_author_name`) under Semantic Scholar-style
 * numeric ids derived from their OpenAlex ids (the digits), so one person keeps one id across papers.
 */
export function s2PapersFromOpenAlex(works: Iterable<JsonRecord>, override: { arxivId?: string; year?: number; publicationDate?: string } = {}): S2PaperRecord[] {
  const out: S2PaperRecord[] = [];
  for (const w of works) {
    const doi = typeof w.doi === 'string' ? bareDoi(w.doi) : null;
    const arxiv = override.arxivId ?? doi?.match(/^10\.48550\/arxiv\.(.+)$/)?.[1];
    const authorships = Array.isArray(w.authorships) ? (w.authorships as Array<Record<string, unknown>>) : [];
    out.push({
      paperId: `s2-${shortId(w.id)}${override.arxivId ? `-${override.arxivId}` : ''}`,
      externalIds: { ...(doi && !override.arxivId ? { DOI: doi } : {}), ...(arxiv ? { ArXiv: arxiv } : {}) },
      year: override.year ?? (typeof w.publication_year === 'number' ? w.publication_year : null),
      publicationDate: override.publicationDate ?? (typeof w.publication_date === 'string' ? w.publication_date : null),
      authors: authorships.map((a) => {
        const author = (a.author ?? {}) as Record<string, unknown>;
        const id = typeof author.id === 'string' ? shortId(author.id) : null;
        return { authorId: id ? id.slice(1) : null, name: String(a.raw_author_name ?? author.display_name ?? '') };
      }),
    });
  }
  return out;
}
