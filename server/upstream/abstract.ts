/**
 * OpenAlex ships abstracts as an inverted index (word → positions) for licensing reasons; this puts the
 * words back in order. Positions never filled are skipped rather than shown as gaps.
 */
export function rebuildAbstract(index: Record<string, number[]> | null | undefined): string | null {
  if (!index) return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const p of positions) if (Number.isInteger(p) && p >= 0 && p < 100_000) words[p] = word;
  }
  const text = words.filter((w) => w !== undefined).join(' ').trim();
  return text.length > 0 ? text : null;
}
