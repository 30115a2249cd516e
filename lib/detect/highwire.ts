/**
 * The generic publisher adapter: Highwire (`citation_author`, `citation_author_orcid`, `citation_doi`)
 * and Dublin Core (`dc.creator`) metadata (else schema.org ScholarlyArticle JSON-LD) name the paper's authors; each is then found where the page
 * shows it (name-elements.ts). Serves every site the reader adds on the options page, and is the base
 * of most publisher adapters, which only narrow where the names are looked for (each site's `selectors`, lib/sites/<site>.ts).
 *
 * A page without a DOI or arXiv id (a challenge page, a search page) or without author metadata yields
 * nothing; so does a news item (`citation_author` absent, a `dc.creator` journalist, no `citation_doi`).
 */
import { isCollaborationName } from '../names';
import { metaArxivId, metaAuthors, metaContent, metaDoi, type MetaAuthor } from './meta';
import { jsonLdPaper } from './json-ld';
import { findNameElements, type NameElementOptions } from './name-elements';
import type { DetectedAuthor, DetectedPaper } from './types';

export interface HighwireOptions extends NameElementOptions {
  /** Authors read some other way (ScienceDirect's author group, IEEE's page data) instead of the meta tags. */
  authors?: (doc: Document) => MetaAuthor[];
  doi?: (doc: Document) => string | undefined;
}

export function detectHighwire(doc: Document, options: HighwireOptions = {}): DetectedPaper[] {
  try {
    return detect(doc, options);
  } catch {
    return []; // A page we do not understand gets no badges; it must never break the page.
  }
}

function detect(doc: Document, options: HighwireOptions): DetectedPaper[] {
  if (isNonResearch(doc)) return [];
  const arxivId = metaArxivId(doc);
  let doi = options.doi?.(doc) ?? metaDoi(doc);
  let people = (options.authors ?? metaAuthors)(doc);
  // A head with schema.org ScholarlyArticle JSON-LD only (some repositories and conference sites).
  const ld = !options.authors && (people.length === 0 || (!arxivId && !doi)) ? jsonLdPaper(doc) : undefined;
  if (ld && people.length === 0) people = ld.authors;
  if (ld && !doi) doi = ld.doi;
  if (!arxivId && !doi) return [];
  people = people.filter((a) => !isCollaborationName(a.name));
  if (people.length === 0) return [];

  const elements = findNameElements(doc, people.map((a) => a.name), options);
  // A page that shows none of its authors is not an article page we understand (or not the paper's own).
  if (!elements.some(Boolean)) return [];
  const authors = people.map((person, i): DetectedAuthor => {
    const author: DetectedAuthor = { name: person.name, position: i + 1 };
    const found = elements[i];
    if (found) {
      author.element = found.element;
      // The page's own spelling, so the badge names what the reader sees.
      author.name = found.text;
    }
    if (person.orcid) author.orcid = person.orcid;
    return author;
  });

  const paper: DetectedPaper = { authors };
  if (arxivId) paper.arxivId = arxivId;
  if (doi) paper.doi = doi;
  const title = metaContent(doc, 'citation_title') ?? metaContent(doc, 'dc.title') ?? ld?.title;
  if (title) paper.title = title;
  return [paper];
}

/** News, editorials and the like carry a DOI and a journalist as `dc.creator`: not a paper's authors. */
const NON_RESEARCH = /^(news|news & views|news and views|editorial|comment|correspondence|obituary|career|book review|world view)/i;

function isNonResearch(doc: Document): boolean {
  return ['dc.type', 'prism.section', 'citation_article_type'].some((name) => NON_RESEARCH.test(metaContent(doc, name) ?? ''));
}
