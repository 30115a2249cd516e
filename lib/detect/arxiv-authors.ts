/** Author links as arXiv lists them (abstract pages, listings, search results). */
import { cleanDisplayName, isCollaborationName } from '../names';
import type { DetectedAuthor } from './types';

/**
 * People among the author links of one paper, in order: "et al." toggles, `javascript:` links and
 * collaboration names ("<a>OpenAI</a>: …", "ATLAS Collaboration") are skipped and take no position.
 */
export function arxivAuthorLinks(links: Iterable<Element>): DetectedAuthor[] {
  const authors: DetectedAuthor[] = [];
  for (const link of links) {
    if (link.id === 'toggle' || link.getAttribute('href')?.startsWith('javascript:')) continue;
    const name = cleanDisplayName(link.textContent ?? '');
    if (!name || isGroupPrefix(link) || isCollaborationName(name)) continue;
    authors.push({ name, position: authors.length + 1, element: link });
  }
  return authors;
}

/** "<a>OpenAI</a>: <a>Christopher Berner</a>" — a group name, not a person. */
function isGroupPrefix(link: Element): boolean {
  const next = link.nextSibling;
  return next?.nodeType === 3 && (next.textContent ?? '').trimStart().startsWith(':');
}
