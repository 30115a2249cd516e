import { describe, expect, it } from 'vitest';
import type { TrustInputLine, TrustPart } from '../../lib/api/profile';
import { inputInWords, partInWords } from '../../components/why/input-words';

/** "Why this score?" in words (issue 8, item 3): each input says its basis; the check count matches the lines. */
const line = (label: string, value: TrustInputLine['value'], points: number, max: number, extra: Partial<TrustInputLine> = {}): TrustInputLine => ({ label, value, points, max, source: 's', ...extra });

describe('why-this-score words', () => {
  it('says what an input was computed from, and that too little was read when it earns partial points', () => {
    expect(inputInWords(line('Share of works that are not preprints', 1, 0.3, 6, { basis: 'from 1 of 62 works', evidence: 0.05 }))).toBe(
      '100% not preprints (from 1 of 62 works) — too few works read to judge: 5% of its points',
    );
    expect(inputInWords(line('Works not retracted', 1, 0.32, 8, { basis: 'checked 1 of 62 works' }))).toBe('1 work not retracted (checked 1 of 62 works)');
    expect(inputInWords(line('Works', 62, 9.4, 10, { basis: 'the author record’s own works count' }))).toBe('62 works (the author record’s own works count)');
  });

  it('counts every listed check: six identity inputs are six checks, not "2 of 5"', () => {
    const identity: TrustPart = {
      key: 'identity',
      label: 'Identity',
      points: 6,
      max: 25,
      inputs: [
        line('Public author record with at least one work', true, 4, 4),
        line('ORCID iD asserted outside disambiguation', false, 0, 5),
        line('Claimed on PeerLens through ORCID sign-in', false, 0, 8),
        line('ORCID account with a verified primary email', false, 0, 2),
        line('Institution known', 'ror', 2, 4),
        line('At least one ORCID trust marker', false, 0, 2),
      ],
    };
    expect(partInWords(identity)).toBe('1 of 6 checks met, 1 partly');
    const integrity: TrustPart = {
      key: 'integrity',
      label: 'Integrity',
      points: 5,
      max: 15,
      inputs: [line('Works not retracted', 8, 2.56, 8), line('Topical coherence (share of works in the top two fields)', 1, 1.6, 4), line('Identity confidence', 'claimed', 3, 3)],
    };
    expect(partInWords(integrity)).toBe('1 of 1 check met · 8 works not retracted · 100% of works in the top two fields');
  });
});
