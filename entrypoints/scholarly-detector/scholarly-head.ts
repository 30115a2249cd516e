/**
 * Whether a page's head says it is a scholarly work: Highwire `citation_*` tags, Dublin Core `dc.*` or
 * PRISM `prism.*` tags with a DOI, `og:type` article with a DOI, or schema.org `ScholarlyArticle`
 * JSON-LD. Runs on every page the reader opens (the always-on detector), so it reads only the head's
 * meta and JSON-LD elements and imports nothing: it must stay far below 2 KB gzipped and 1 ms.
 */

/** News, editorials and the like carry a DOI and a journalist as author: not a paper (cf. highwire.ts). */
const NON_RESEARCH = /^(news|editorial|comment|correspondence|obituary|career|book review|world view)/i;
const DOI = /\b10\.\d{4,9}\/\S/;
const SCHOLARLY_TYPE = /^(Medical)?ScholarlyArticle$/;

/**
 * What any scholarly head's meta tags have at least one of: one native query that finds nothing on most
 * pages, so an ordinary page costs the detector that query alone (each further DOM object an isolated
 * world touches for the first time costs it a wrapper).
 */
const META_CANDIDATE = ['meta[name^="citation_" i]', 'meta[name*="doi" i][content*="10."]', 'meta[name^="dc.identifier" i][content*="10."]']
  .map((s) => `head > ${s}`)
  .join(',');
const JSON_LD = 'head > script[type="application/ld+json" i]';

/** The detector's check: cheap queries first, the full reading only where they found a candidate. */
export function isScholarlyPage(doc: Document): boolean {
  if (doc.querySelector(META_CANDIDATE) !== null) return isScholarlyHead(doc.head);
  // News and shop pages carry JSON-LD too: only a block that names a ScholarlyArticle is parsed.
  for (const script of doc.querySelectorAll(JSON_LD)) {
    if ((script.textContent ?? '').includes('cholarlyArticle')) return isScholarlyHead(doc.head);
  }
  return false;
}

export function isScholarlyHead(head: HTMLHeadElement | null | undefined): boolean {
  if (!head) return false;
  let citation = false;
  let described = false;
  let doi = false;
  for (const meta of head.getElementsByTagName('meta')) {
    const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    if (!name) continue;
    const content = meta.getAttribute('content') ?? '';
    if (name === 'dc.type' || name === 'prism.section' || name === 'citation_article_type') {
      if (NON_RESEARCH.test(content.trim())) return false;
    }
    if (name.startsWith('citation_')) citation = true;
    else if (name.startsWith('dc.') || name.startsWith('prism.') || (name === 'og:type' && content === 'article')) described = true;
    if ((name.includes('doi') || name === 'dc.identifier') && DOI.test(content)) doi = true;
  }
  return citation || (described && doi) || scholarlyJsonLd(head);
}

/** A JSON-LD block whose own item (top level or in `@graph`) is a ScholarlyArticle; a citation inside another type is not. */
function scholarlyJsonLd(head: HTMLHeadElement): boolean {
  for (const script of head.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!text.includes('cholarlyArticle')) continue;
    try {
      const data: unknown = JSON.parse(text);
      const items = (Array.isArray(data) ? data : [data]).flatMap((item: unknown) => {
        const graph = (item as { '@graph'?: unknown } | null)?.['@graph'];
        return Array.isArray(graph) ? graph : [item];
      });
      if (items.some((item: unknown) => [(item as { '@type'?: unknown } | null)?.['@type']].flat().some((t) => typeof t === 'string' && SCHOLARLY_TYPE.test(t)))) return true;
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return false;
}
