/**
 * Sites that print a paper's authors as one text ("A, B and C": JSTOR, NeurIPS, PMLR, CVF, Scholar
 * profiles). The site file names that very element; its text is split on the list's separators into one
 * inline span per name, inside that element only (no style, so the layout is unchanged), for each
 * badge to follow its own name. Free text anywhere else is never split.
 */
import { isCollaborationName } from '../names';
import { adapterClaimsUrl } from './adapter-for-url';
import { nameText } from './name-elements';
import type { DetectedAuthor, DetectedPaper, SiteAdapter, SiteInfo } from './types';

/** The spans this module adds; `[data-peerlens]` (badges) stays out of name matching, these are names. */
export const NAME_SPAN = 'data-peerlens-name';

/** ", ", "; ", " and ", " & ", ", and ": the separators of a printed author list. */
const SEPARATOR = /(\s*[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)/;
/** A truncated list's tail ("…", "...", "et al."): not a name, never badged. */
const TRUNCATION = /^(?:…|\.\.\.|et al\.?)$/i;
const TRAILING_TRUNCATION = /\s*(?:…|\.\.\.)\s*$/;

/**
 * One span per name in `element`'s text, in order. Idempotent: a second call (the page runner rescans)
 * returns the spans made by the first.
 */
export function splitNameList(element: Element): Element[] {
  const made = [...element.querySelectorAll(`[${NAME_SPAN}]`)];
  if (made.length > 0) return made;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const spans: Element[] = [];
  for (const node of texts) {
    // Superscript marks and links' own elements are left as they are: only the list's plain text is split.
    if (node.parentElement?.closest('sup, sub, [data-peerlens]')) continue;
    const parts = (node.nodeValue ?? '').split(SEPARATOR);
    if (!parts.some((part, i) => i % 2 === 0 && isName(part))) continue;
    const fragment = doc.createDocumentFragment();
    parts.forEach((part, i) => {
      const core = part.replace(TRAILING_TRUNCATION, '');
      if (i % 2 === 1 || !isName(core)) {
        fragment.append(part);
        return;
      }
      const lead = /^\s*/.exec(core)![0];
      const trail = part.slice(lead.length + core.trim().length);
      const span = doc.createElement('span');
      span.setAttribute(NAME_SPAN, '');
      span.textContent = core.trim();
      fragment.append(lead, span, trail);
      spans.push(span);
    });
    node.replaceWith(fragment);
  }
  return spans;
}

function isName(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && !TRUNCATION.test(t) && /\p{L}/u.test(t);
}

/** The authors shown in one author-list element, each with its span. */
export function authorsInLine(element: Element): DetectedAuthor[] {
  const authors: DetectedAuthor[] = [];
  for (const span of splitNameList(element)) {
    const name = nameText(span);
    if (!name || isCollaborationName(name)) continue;
    authors.push({ name, position: authors.length + 1, element: span });
  }
  return authors;
}

/** One paper of a page: the element printing its authors, and what identifies it. */
export interface OneLinePaper {
  authors: Element;
  title?: string | undefined;
  year?: number | undefined;
  doi?: string | undefined;
  container?: Element | undefined;
}

export interface OneLineOptions {
  claimsUrl?: (url: URL) => boolean;
  lazy?: boolean;
  /** The papers on a page of this site, each with its author-list element. */
  papers: (doc: Document, url: URL) => OneLinePaper[];
}

/**
 * An adapter for a one-line site: only on its own URLs (splitting changes the DOM, so never on another
 * site's page); a paper without a DOI goes by title and year (the service's title path).
 */
export function oneLineSite(info: SiteInfo, options: OneLineOptions): SiteAdapter {
  const { papers: find, ...rest } = options;
  const adapter: SiteAdapter = {
    ...info,
    site: info.id,
    ...rest,
    detect(doc, url) {
      if (!adapterClaimsUrl(adapter, url)) return [];
      const out: DetectedPaper[] = [];
      for (const found of safely(() => find(doc, url))) {
        // One bad entry never costs its neighbours their badges.
        const paper = safely(() => {
          const authors = authorsInLine(found.authors);
          const title = found.title?.replace(/\s+/g, ' ').trim();
          if (authors.length === 0 || (!found.doi && !title)) return [];
          const p: DetectedPaper = { authors };
          if (found.doi) p.doi = found.doi;
          if (title) p.title = title;
          if (found.year) p.year = found.year;
          if (found.container) p.container = found.container;
          return [p];
        });
        out.push(...paper);
      }
      return out;
    },
  };
  return adapter;
}

function safely<T>(f: () => T[]): T[] {
  try {
    return f();
  } catch {
    return [];
  }
}

/** A four-digit year in `text` (a date meta, a volume heading), else undefined. */
export function yearIn(text: string | null | undefined): number | undefined {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
}
