import { paperKey, type AuthorMatch, type PaperQuery, type PaperResult } from '../api/resolve';
import { withPick } from '../badge/candidate-pick';
import type { ChooseMessage } from '../messages';

/** The part of `storage.local` this needs (the fake browser's, or a stub in tests). */
export interface ChoiceArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, string>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** One key per name on a paper: a page shows the same paper the same way, so position and name identify it. */
export function choiceKey(paper: { arxivId?: string | undefined; doi?: string | undefined }, position: number, name: string): string {
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
          if (match.state === 'ambiguous' && match.candidates?.length && name) keys.push(choiceKey(paper, match.position, name));
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
  const chosenId = stored[choiceKey(paper, match.position, name)];
  return typeof chosenId === 'string' ? (withPick(match, chosenId) ?? match) : match;
}
