import type { ProfileWork } from '../../lib/api/profile';
import { ARXIV_ID_RE } from '../../lib/api/constants';
import { normaliseDoi, toOpenAlexWorkId } from '../../lib/api/ids';
import type { OpenAlexWork } from '../upstream/openalex-schemas';

/** A stored work as the profile lists it. Records stored before abstracts were kept have none (null). */
export function toProfileWork(work: OpenAlexWork, citedBy: number): ProfileWork {
  const doi = normaliseDoi(work.doi);
  return {
    id: toOpenAlexWorkId(work.id) ?? work.id,
    type: work.type,
    year: work.publication_year,
    venue: work.primary_location?.source?.display_name ?? null,
    title: work.title ?? work.display_name,
    abstract: work.abstract ?? null,
    doi,
    arxivId: arxivIdOf(doi, [work.primary_location?.landing_page_url, ...(work.locations ?? []).map((l) => l.landing_page_url)]),
    retracted: work.is_retracted,
    citedBy: Math.max(0, citedBy),
  };
}

/** arXiv files preprints under DataCite DOIs (10.48550/arXiv.<id>); older records only link the abs page. */
export function arxivIdOf(doi: string | null, landingPages: ReadonlyArray<string | null | undefined>): string | null {
  const fromDoi = doi?.match(/^10\.48550\/arxiv\.(.+)$/i)?.[1];
  const candidates = [fromDoi, ...landingPages.map((u) => u?.match(/^https?:\/\/(?:www\.)?arxiv\.org\/abs\/(.+?)(?:v\d+)?\/?$/i)?.[1])];
  for (const c of candidates) if (c && ARXIV_ID_RE.test(c)) return c;
  return null;
}
