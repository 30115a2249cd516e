import { z } from 'zod';
import { ARXIV_ID_RE, DOI_RE, OPENALEX_AUTHOR_ID_RE, ORCID_RE, isValidOrcidChecksum } from './constants';

export { isValidOrcidChecksum };

/** OpenAlex author id in short form (`A5023888391`); URLs are normalised by `toOpenAlexAuthorId`. */
export const OpenAlexAuthorId = z.string().regex(OPENALEX_AUTHOR_ID_RE, 'an OpenAlex author id looks like A5023888391');

/** ORCID iD in bare form; the checksum (ISO 7064 MOD 11-2) is checked, not only the shape. */
export const Orcid = z
  .string()
  .regex(ORCID_RE, 'an ORCID iD looks like 0000-0002-1825-0097')
  .refine(isValidOrcidChecksum, 'the ORCID iD checksum does not match');

/** New-style (`2507.06261`) and old-style (`hep-th/0611290`) arXiv ids, without version. */
export const ArxivId = z
  .string()
  .regex(ARXIV_ID_RE, 'an arXiv id looks like 2507.06261 or hep-th/0611290');

export const Doi = z
  .string()
  .max(300)
  .regex(DOI_RE, 'a DOI looks like 10.7717/peerj.4375');

/** `https://orcid.org/0000-…` or bare iD → bare iD, or null when it is not one. */
export function toOrcid(value: string | null | undefined): string | null {
  const m = value?.trim().match(/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i);
  const id = m?.[1]?.toUpperCase();
  return id && isValidOrcidChecksum(id) ? id : null;
}

/** `https://openalex.org/A123` or `A123` → `A123`, or null. */
export function toOpenAlexAuthorId(value: string | null | undefined): string | null {
  const m = value?.trim().match(/(?:^|\/)(A\d{4,12})\/?$/i);
  return m?.[1] ? m[1].toUpperCase() : null;
}

/** `https://openalex.org/W123` or `W123` → `W123`, or null. */
export function toOpenAlexWorkId(value: string | null | undefined): string | null {
  const m = value?.trim().match(/(?:^|\/)(W\d{4,12})\/?$/i);
  return m?.[1] ? m[1].toUpperCase() : null;
}

/** `https://doi.org/10.1/X` or `doi:10.1/X` → `10.1/x` (DOIs are case-insensitive; lower case is canonical here). */
export function normaliseDoi(value: string | null | undefined): string | null {
  const m = value?.trim().match(/(10\.\d{4,9}\/[^\s\p{C}]+)$/u);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** arXiv id → its DataCite DOI, the identifier OpenAlex files arXiv preprints under. */
export function arxivDoi(arxivId: string): string {
  return `10.48550/arxiv.${arxivId}`.toLowerCase();
}
