/**
 * Reading Highwire (`citation_*`) and Dublin Core (`dc.*`) metadata. Names are matched without regard
 * to case ("dc.Creator", "DC.creator") and whatever the attribute order or quoting (ACL Anthology's
 * minified `<meta content=… name=citation_author>`), because the DOM parser has already normalised both.
 */
import { ARXIV_ID_RE, DOI_RE, isValidOrcidChecksum } from '../api/constants';
import { cleanDisplayName, toDisplayOrder } from '../names';

export interface MetaAuthor {
  /** Display order ("First Last"), whitespace cleaned. */
  name: string;
  orcid?: string;
}

/** Author metadata in the order the page gives it; the first vocabulary present wins. */
const AUTHOR_NAMES = ['citation_author', 'dc.creator', 'dc.creator.personalname', 'dc.contributor'];

export function metaAuthors(doc: Document): MetaAuthor[] {
  const metas = [...doc.querySelectorAll('meta[name][content]')];
  const present = new Set(metas.map((m) => m.getAttribute('name')!.toLowerCase()));
  const source = AUTHOR_NAMES.find((n) => present.has(n));
  if (source) {
    const authors: MetaAuthor[] = [];
    for (const meta of metas) {
      const name = meta.getAttribute('name')!.toLowerCase();
      const content = meta.getAttribute('content') ?? '';
      if (name === source) {
        const display = toDisplayOrder(content);
        if (display) authors.push({ name: display });
      } else if (name === 'citation_author_orcid' && authors.length > 0) {
        // An ORCID belongs to the author just before it (bioRxiv, OJS).
        const orcid = orcidOf(content);
        if (orcid) authors[authors.length - 1]!.orcid = orcid;
      }
    }
    return authors;
  }
  // PubMed: one `citation_authors` tag, "Last AB;Last CD;".
  const joined = metaContent(doc, 'citation_authors');
  return joined ? joined.split(';').map((n) => ({ name: cleanDisplayName(n) })).filter((a) => a.name) : [];
}

export function metaContent(doc: Document, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const meta of doc.querySelectorAll('meta[name][content]')) {
    if (meta.getAttribute('name')!.toLowerCase() !== wanted) continue;
    const value = cleanDisplayName(meta.getAttribute('content') ?? '');
    if (value) return value;
  }
  return undefined;
}

const DOI_NAMES = ['citation_doi', 'dc.identifier.doi', 'prism.doi', 'bepress_citation_doi', 'doi', 'dc.identifier'];

/** The paper's DOI from its metadata, bare ("10.…"), or undefined. */
export function metaDoi(doc: Document): string | undefined {
  for (const name of DOI_NAMES) {
    for (const meta of doc.querySelectorAll('meta[name][content]')) {
      if (meta.getAttribute('name')!.toLowerCase() !== name) continue;
      const scheme = meta.getAttribute('scheme');
      if (scheme && scheme.toLowerCase() !== 'doi') continue;
      const doi = bareDoi(meta.getAttribute('content') ?? '');
      if (doi) return doi;
    }
  }
  return undefined;
}

export function bareDoi(raw: string): string | undefined {
  const doi = raw.trim().replace(/^(?:doi:|info:doi\/|https?:\/\/(?:dx\.)?doi\.org\/)/i, '');
  return DOI_RE.test(doi) ? doi : undefined;
}

export function metaArxivId(doc: Document): string | undefined {
  const id = metaContent(doc, 'citation_arxiv_id')?.replace(/v\d+$/, '');
  return id && ARXIV_ID_RE.test(id) ? id : undefined;
}

/** A bare ORCID iD with a valid checksum (the wire contract refuses anything else). */
function orcidOf(raw: string): string | undefined {
  const orcid = raw.match(/\d{4}-\d{4}-\d{4}-\d{3}[\dX]/)?.[0];
  return orcid && isValidOrcidChecksum(orcid) ? orcid : undefined;
}
