import type { ResearcherSummary } from '../../lib/api/researcher';
import type { TrustBreakdown, TrustInputLine, TrustPart } from '../../lib/api/profile';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** Points as the card shows them: at most two decimals, no trailing zeros ("8.05", "4", "0.5"). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Each input in words, so the arithmetic reads as a sentence ("8 works · 1 citation · active 3 of the
 * last 10 years"). Matched on the service's labels; a label this table does not know reads "label: value".
 */
const WORDS: Array<[RegExp, (v: number) => string]> = [
  [/^works not retracted/i, (v) => plural(v, 'work not retracted', 'works not retracted')],
  [/^works$/i, (v) => plural(v, 'work', 'works')],
  [/not preprints/i, (v) => `${percent(v)} not preprints`],
  [/^citations/i, (v) => plural(v, 'citation', 'citations')],
  [/^active years/i, (v) => `active ${formatNumber(v)} of the last 10 years`],
  [/^followers/i, (v) => plural(v, 'verified follower (weighted)', 'verified followers (weighted)')],
  [/^claimed close collaborators/i, (v) => plural(v, 'claimed close collaborator', 'claimed close collaborators')],
  [/^co-authors/i, (v) => plural(v, 'co-author', 'co-authors')],
  [/^close collaborators/i, (v) => plural(v, 'close collaborator', 'close collaborators')],
  [/^share of close collaborators/i, (v) => `${percent(v)} of close collaborators at L2+`],
  [/^distinct institutions/i, (v) => plural(v, 'co-author institution', 'co-author institutions')],
  [/^topical coherence/i, (v) => `${percent(v)} of works in the top two fields`],
];

export function inputInWords(input: TrustInputLine): string {
  const words = valueInWords(input);
  const basis = input.basis ? ` (${input.basis})` : '';
  // Too little read to judge: the input earns only part of its points, and says so.
  const partial = input.evidence !== undefined && input.evidence < 1 ? ` — too few works read to judge: ${percent(input.evidence)} of its points` : '';
  return words + basis + partial;
}

function valueInWords(input: TrustInputLine): string {
  const { label, value } = input;
  if (typeof value === 'number') {
    const rule = WORDS.find(([re]) => re.test(label));
    if (rule) return rule[1](value);
    return `${label}: ${formatNumber(value)}`;
  }
  if (typeof value === 'boolean') return `${label}: ${value ? 'yes' : 'no'}`;
  return `${label}: ${STRING_VALUES[value] ?? value}`;
}

const STRING_VALUES: Record<string, string> = {
  ror: 'yes, with a ROR id',
  'orcid-member': 'yes, asserted by an ORCID member',
  none: 'no',
  // Identity confidence: only a dispute as strong as the owner's claim takes it to 0 (a weaker one leaves "claimed").
  disputed: 'disputed, with evidence as strong as the owner’s',
};

/**
 * One line per part: its counts in words, and how many of its checks are met. A check is every input that is not
 * a count (yes/no, and the kinds such as "institution known" or "identity confidence"), so the number matches the
 * lines listed below it; a check earning some but not all of its points is "partly met".
 */
export function partInWords(part: TrustPart): string {
  const checks = part.inputs.filter((i) => typeof i.value !== 'number');
  const words = part.inputs.filter((i) => typeof i.value === 'number').map(inputInWords);
  if (checks.length > 0) {
    const met = checks.filter((i) => i.points >= i.max && i.max > 0).length;
    const partly = checks.filter((i) => i.points > 0 && i.points < i.max).length;
    words.unshift(`${met} of ${checks.length} ${checks.length === 1 ? 'check' : 'checks'} met${partly > 0 ? `, ${partly} partly` : ''}`);
  }
  return words.join(' · ');
}

/** "Trust 21 · Emerging = 4 + 8.05 + 0 + 3.73 + 5.66 = 21.44, floored": the arithmetic in one line. */
export function scoreInWords(breakdown: TrustBreakdown): string {
  const { score, band, heldBy, rawScore, parts, penalties } = breakdown;
  const terms = [...parts.map((p) => formatNumber(p.points)), ...penalties.map((p) => `− ${formatNumber(Math.abs(p.points))}`)];
  const total = parts.reduce((n, p) => n + p.points, 0) + penalties.reduce((n, p) => n + p.points, 0);
  let text = `${terms.join(' + ').replace(/\+ −/g, '−')} = ${formatNumber(total)}`;
  if (formatNumber(rawScore) !== formatNumber(total)) text += `, capped at ${formatNumber(rawScore)}`;
  if (score === null) return `No score at Verification ${breakdown.verification}; the evidence adds up to ${text}.`;
  const head = `Trust ${score}${band ? ` · ${band}` : ''}`;
  return heldBy ? `${head}: ${text}, held at ${score} by the band gate.` : `${head} = ${text}, floored.`;
}

export interface TracedNumber {
  shown: string;
  /** Where the number comes from: the part and input that use it, and its source. */
  from: string;
}

/** The card's counts, each pointed at the input of the breakdown that carries it (or said to carry no points). */
export function traceCounts(summary: ResearcherSummary, breakdown: TrustBreakdown): TracedNumber[] {
  const find = (re: RegExp) => {
    for (const part of breakdown.parts) {
      const input = part.inputs.find((i) => re.test(i.label));
      if (input) return { part, input };
    }
    return null;
  };
  const at = (re: RegExp, fallback: string) => {
    const hit = find(re);
    return hit ? `${hit.part.label} › ${inputInWords(hit.input)} (${hit.input.source})` : fallback;
  };
  const { counts } = summary;
  return [
    { shown: plural(counts.works, 'work', 'works'), from: at(/^works$/i, 'the public author record') },
    {
      shown: plural(counts.followers, 'follower', 'followers'),
      from: `${at(/^followers/i, 'PeerLens followers')}; only followers at L2 or above count`,
    },
    { shown: plural(counts.topics, 'topic', 'topics'), from: at(/^topical coherence/i, 'the author record’s topics') },
    { shown: plural(counts.closeCollaborators, 'close collaborator', 'close collaborators'), from: at(/^close collaborators/i, 'shared works') },
  ];
}
