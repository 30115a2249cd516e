/**
 * schema.org `ScholarlyArticle` JSON-LD (top level or in `@graph`; a citation inside another type is
 * not the page's paper): its authors and DOI, for pages whose head carries no Highwire or Dublin Core.
 */
import { cleanDisplayName } from '../names';
import { bareDoi, type MetaAuthor } from './meta';

const SCHOLARLY = /^(Medical)?ScholarlyArticle$/;

interface JsonLdPaper {
  authors: MetaAuthor[];
  doi?: string;
  title?: string;
}

type Item = Record<string, unknown>;
const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

export function jsonLdPaper(doc: Document): JsonLdPaper | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = list(data).flatMap((item) => (isItem(item) && Array.isArray(item['@graph']) ? item['@graph'] : [item])).filter(isItem);
    const paper = items.find((item) => list(item['@type']).some((t) => typeof t === 'string' && SCHOLARLY.test(t)));
    if (paper) return read(paper);
  }
  return undefined;
}

function read(paper: Item): JsonLdPaper {
  const authors: MetaAuthor[] = [];
  for (const person of list(paper.author)) {
    if (!isItem(person) || list(person['@type']).includes('Organization')) continue;
    const given = typeof person.givenName === 'string' ? person.givenName : '';
    const family = typeof person.familyName === 'string' ? person.familyName : '';
    const name = cleanDisplayName(typeof person.name === 'string' ? person.name : `${given} ${family}`);
    if (name) authors.push({ name });
  }
  const ids = [paper.doi, paper['@id'], paper.url, ...list(paper.sameAs), ...list(paper.identifier).map((id) => (isItem(id) ? id.value ?? id['@id'] : id))];
  const doi = ids.map((id) => (typeof id === 'string' ? bareDoi(id) : undefined)).find(Boolean);
  const title = typeof paper.headline === 'string' ? paper.headline : typeof paper.name === 'string' ? paper.name : undefined;
  return { authors, ...(doi ? { doi } : {}), ...(title ? { title: cleanDisplayName(title) } : {}) };
}
