/**
 * Finds the visible element that shows each metadata author's name, so a badge can follow it.
 * Matching is by name compatibility (lib/names), never by scanning free text for names: only names the
 * page's own metadata lists are looked for. Where a name shows up several times (a sidebar profile, a
 * "related articles" box), the occurrence inside the page's author list wins: the element that holds
 * the most of the paper's authors.
 */
import { cleanDisplayName, fold, nameCompatibility, parseName } from '../names';

export interface NameElementOptions {
  /** Containers of the paper's own author list (site table); the whole body when absent. */
  scope?: string | undefined;
  /** Elements that each hold one author's name (site table); any short element when absent. */
  names?: string | undefined;
  /** Extra regions that never hold the paper's authors on this site. */
  exclude?: string | undefined;
  /** Parts of a name element that are not the name (an affiliation pop-up inside the link). */
  ignore?: string | undefined;
}

export interface NameElement {
  element: Element;
  /** The name as the element shows it, marks and separators removed. */
  text: string;
}

/** Regions that show other papers' authors, or nothing the reader sees. */
const ALWAYS_EXCLUDED = [
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'select', 'textarea',
  '[hidden]', '[aria-hidden="true"]', '[style*="display: none"]', '[style*="display:none"]',
  '#references', '.references', '.ref-list', '.c-article-references', '[role="doc-bibliography"]',
  '.citation-list', '.csl-bib-body', '#cited-by', '.cited-by', '.related-articles', '#related-articles',
  '[data-peerlens]',
].join(',');

/** Longest text an element may have and still be "a name" (names with degrees and marks stay far below). */
const MAX_NAME_TEXT = 90;
const MIN_COMPATIBILITY = 0.85;

interface Candidate {
  element: Element;
  text: string;
  folded: string;
}

export function findNameElements(doc: Document, names: readonly string[], options: NameElementOptions = {}): (NameElement | undefined)[] {
  const exclude = options.exclude ? `${ALWAYS_EXCLUDED},${options.exclude}` : ALWAYS_EXCLUDED;
  const roots = scopeRoots(doc, options.scope);
  const candidates = options.names
    ? listed(roots, options.names, exclude, options.ignore)
    : shortElements(doc, roots, exclude);
  const matches = names.map((name) => {
    const surname = searchable(parseName(name).surname.at(-1) ?? '');
    if (!surname) return [];
    return candidates.filter((c) => c.folded.includes(surname) && nameCompatibility(name, c.text) >= MIN_COMPATIBILITY);
  });
  const list = authorListRoot(matches);
  const used = new Set<Element>();
  const take = (c: Candidate | undefined): NameElement | undefined => {
    if (!c) return undefined;
    used.add(c.element);
    return { element: c.element, text: c.text };
  };
  return matches.map((found) => {
    const free = found.filter((c) => !used.has(c.element));
    return take((list && free.find((c) => list.contains(c.element))) ?? free[0]);
  });
}

/**
 * The page's own author list: among the elements holding matches for the most names, the innermost
 * ones, and of those the first in the page (a contributions section or affiliations list further down
 * names everyone again).
 */
function authorListRoot(matches: Candidate[][]): Element | undefined {
  const named = matches.filter((m) => m.length > 0);
  if (named.length < 2) return undefined;
  const count = new Map<Element, number>();
  for (const found of named) {
    const seen = new Set<Element>();
    for (const c of found) {
      for (let el: Element | null = c.element; el && !seen.has(el); el = el.parentElement) {
        seen.add(el);
        count.set(el, (count.get(el) ?? 0) + 1);
      }
    }
  }
  const most = Math.max(...count.values());
  const holders = [...count].filter(([, n]) => n === most).map(([el]) => el);
  const innermost = holders.filter((el) => !holders.some((other) => other !== el && el.contains(other)));
  return innermost.reduce((first, el) => (first.compareDocumentPosition(el) & 2 /* PRECEDING */ ? el : first));
}

/** The site's author-list containers; none when the site names one and the page lacks it (not an article). */
function scopeRoots(doc: Document, scope: string | undefined): Element[] {
  if (!scope) return doc.body ? [doc.body] : [];
  const found = [...doc.querySelectorAll(scope)];
  // Nested matches would list names twice: keep the outermost.
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

function listed(roots: Element[], selector: string, exclude: string, ignore: string | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll(selector)) {
      if (element.closest(exclude)) continue;
      const text = nameText(element, ignore);
      if (text) out.push({ element, text, folded: searchable(text) });
    }
  }
  return out;
}

/**
 * Every element whose whole text is short enough to be one name: the parent of each short text node,
 * and its parent too (names split into given-name and surname spans), innermost first. Excluded
 * regions are skipped whole, so a long reference list costs one check.
 */
function shortElements(doc: Document, roots: Element[], exclude: string): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  const skipped = new Set<Element>();
  for (const root of roots) {
    for (const el of root.querySelectorAll(exclude)) skipped.add(el);
    const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => (skipped.has(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType !== 3) continue;
      const raw = node.nodeValue ?? '';
      if (raw.length > MAX_NAME_TEXT * 2 || raw.trim().length < 2) continue;
      let element = node.parentElement;
      for (let depth = 0; element && depth < 2 && element !== root.parentElement; depth++, element = element.parentElement) {
        if (seen.has(element)) continue;
        seen.add(element);
        const text = nameText(element);
        if (text) out.push({ element, text, folded: searchable(text) });
      }
    }
  }
  return out;
}

/** Folded, apostrophes dropped: how parseName spells a surname ("O’Meara" → "omeara"). */
function searchable(text: string): string {
  return fold(text).replace(/[’'`]/g, '');
}

/** An element's text as a name: superscript marks, digits and separators around the name removed. */
export function nameText(element: Element, ignore?: string): string | undefined {
  let raw = element.textContent ?? '';
  if (ignore && element.querySelector(ignore)) {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll(ignore).forEach((el) => el.remove());
    raw = copy.textContent ?? '';
  }
  if (raw.length > MAX_NAME_TEXT * 2) return undefined;
  const text = cleanDisplayName(raw.replace(/[\d*†‡§¶#✉]+/g, ' '))
    .replace(/^(?:and\s|&\s|[,;\s])+|(?:[,;\s]|\sand|\s&)+$/gi, '');
  return text.length >= 2 && text.length <= MAX_NAME_TEXT ? text : undefined;
}
