/**
 * Whether a page's head says it is a scholarly work: Highwire `citation_*` tags, Dublin Core `dc.*` or
 * PRISM `prism.*` tags with a DOI, `og:type` article with a DOI, or schema.org `ScholarlyArticle`
 * JSON-LD. Runs on every page the reader opens (the always-on detector), so it imports nothing and an
 * ordinary page costs it one native XPath over the head's children, which hands back no DOM node (each
 * object an isolated world first touches costs a wrapper) and never walks the body.
 */

/**
 * What any scholarly head has at least one of, among the head's own children: a `citation_*` meta, a
 * `*doi*` or `dc.identifier*` meta whose content holds `10.`, or a JSON-LD block naming a ScholarlyArticle.
 * Names are compared case-insensitively (`translate` of the letters compared), elements by local name
 * so that XHTML pages match too. A CSS query could not read JSON-LD text and walks the whole document.
 * Evaluated by the detector (index.ts), which reads the head in full only where this held.
 */
export const SCHOLARLY_CANDIDATE_XPATH =
  "boolean(/*/*[local-name()='head']/*[" +
  "local-name()='meta' and (" +
  "starts-with(translate(@name,'CITAON','citaon'),'citation_') or " +
  "contains(@content,'10.') and (contains(translate(@name,'DOI','doi'),'doi') or starts-with(translate(@name,'DCIENTFR','dcientfr'),'dc.identifier'))" +
  ") or local-name()='script' and translate(@type,'APLICTONDSJ','aplictondsj')='application/ld+json' and contains(.,'cholarlyArticle')" +
  '])';

export function isScholarlyHead(head: HTMLHeadElement | null | undefined): boolean {
  if (!head) return false;
  // News, editorials and the like carry a DOI and a journalist as author: not a paper (cf. highwire.ts).
  const nonResearch = /^(news|editorial|comment|correspondence|obituary|career|book review|world view)/i;
  const doiPattern = /\b10\.\d{4,9}\/\S/;
  let citation = false;
  let described = false;
  let doi = false;
  for (const meta of head.getElementsByTagName('meta')) {
    const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    if (!name) continue;
    const content = meta.getAttribute('content') ?? '';
    if (name === 'dc.type' || name === 'prism.section' || name === 'citation_article_type') {
      if (nonResearch.test(content.trim())) return false;
    }
    if (name.startsWith('citation_')) citation = true;
    else if (name.startsWith('dc.') || name.startsWith('prism.') || (name === 'og:type' && content === 'article')) described = true;
    if ((name.includes('doi') || name === 'dc.identifier') && doiPattern.test(content)) doi = true;
  }
  return citation || (described && doi) || scholarlyJsonLd(head);
}

/** A JSON-LD block whose own item (top level or in `@graph`) is a ScholarlyArticle; a citation inside another type is not. */
function scholarlyJsonLd(head: HTMLHeadElement): boolean {
  for (const script of head.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (!text.includes('cholarlyArticle')) continue;
    try {
      const data: unknown = JSON.parse(text);
      const items = (Array.isArray(data) ? data : [data]).flatMap((item: unknown) => {
        const graph = (item as { '@graph'?: unknown } | null)?.['@graph'];
        return Array.isArray(graph) ? graph : [item];
      });
      if (items.some((item: unknown) => [(item as { '@type'?: unknown } | null)?.['@type']].flat().some((t) => t === 'ScholarlyArticle' || t === 'MedicalScholarlyArticle'))) return true;
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return false;
}
