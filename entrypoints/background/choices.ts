import { paperKey, type AuthorMatch, type PaperQuery, type PaperResult } from '../../lib/api/resolve';
import { withPick } from '../../lib/badge/candidate-pick';
import type { ChooseMessage } from '../../lib/protocol';

/** The part of `storage.local` this needs (the fake browser's, or a stub in tests). */
export interface ChoiceArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

type PaperIds = { arxivId?: string | undefined; doi?: string | undefined; title?: string | undefined; year?: number | undefined };

/**
 * One key per name on a paper: a page shows the same paper the same way, so position and name identify it.
 * The paper part is `paperKey` (the format choices were always stored under: `choice:arxiv:…|2|tom brown`);
 * a paper with neither identifier nor title has no key, so it cannot share another's choices.
 */
export function choiceKey(paper: PaperIds, position: number, name: string): string | null {
  if (!paper.arxivId && !paper.doi && !paper.title) return null;
  return `choice:${paperKey(paper)}|${position}|${name.normalize('NFC').trim().toLowerCase()}`;
}

export interface ChoiceStore {
  remember(choice: ChooseMessage): Promise<void>;
  /** The results with every remembered pick applied: an ambiguous name the reader settled is shown as resolved. */
  apply(papers: PaperQuery[], results: PaperResult[]): Promise<PaperResult[]>;
}

export function createChoiceStore(area: ChoiceArea): ChoiceStore {
  return {
    async remember(choice) {
      const key = choiceKey(choice.paper, choice.position, choice.name);
      if (key === null) return;
      if (choice.researcherId === null) await area.remove([key]);
      else await area.set({ [key]: choice.researcherId });
    },

    async apply(papers, results) {
      // Only ambiguous names can carry a choice, so a page of resolved names costs no storage read.
      const keys: string[] = [];
      results.forEach((result, i) => {
        const paper = papers[i];
        if (!paper) return;
        for (const match of result.authors) {
          const name = paper.authors[match.position - 1]?.name;
          const key = name && match.state === 'ambiguous' && match.candidates?.length ? choiceKey(paper, match.position, name) : null;
          if (key !== null) keys.push(key);
        }
      });
      if (keys.length === 0) return results;
      const stored = await area.get(keys).catch(() => ({}) as Record<string, unknown>);
      return results.map((result, i) => {
        const paper = papers[i];
        if (!paper) return result;
        return { ...result, authors: result.authors.map((m) => applyOne(m, paper, stored)) };
      });
    },
  };
}

function applyOne(match: AuthorMatch, paper: PaperQuery, stored: Record<string, unknown>): AuthorMatch {
  if (match.state !== 'ambiguous' || !match.candidates) return match;
  const name = paper.authors[match.position - 1]?.name;
  if (!name) return match;
  const key = choiceKey(paper, match.position, name);
  const chosenId = key === null ? undefined : stored[key];
  return typeof chosenId === 'string' ? (withPick(match, chosenId) ?? match) : match;
}
