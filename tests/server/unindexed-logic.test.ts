import { describe, expect, it } from 'vitest';
import { latestAppearance, paperMissing } from '../../server/resolve/reasons';
import { type NameSlot, decideByCoauthors, nameSplits } from '../../server/resolve/unindexed/coauthor-evidence';
import { fieldFit, fieldsOfCategory } from '../../server/resolve/unindexed/arxiv-fields';

const NOW = new Date('2026-05-20T12:00:00Z');

describe('when a paper may be new (reasons.ts)', () => {
  it('reads the latest possible date from arXiv ids, arXiv and bioRxiv DOIs, and a date a source gave', () => {
    expect(latestAppearance({ arxivId: '2605.01234' })?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(latestAppearance({ arxivId: '1706.03762' })?.toISOString()).toBe('2017-07-01T00:00:00.000Z');
    expect(latestAppearance({ arxivId: 'hep-th/0611290' })?.toISOString()).toBe('2006-12-01T00:00:00.000Z');
    expect(latestAppearance({ arxivId: 'cs/9912001' })?.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(latestAppearance({ doi: '10.48550/arxiv.1512.03385' })?.toISOString()).toBe('2016-01-01T00:00:00.000Z');
    expect(latestAppearance({ doi: '10.1101/2023.05.13.540603' })?.toISOString()).toBe('2023-05-14T00:00:00.000Z');
    expect(latestAppearance({ doi: '10.7717/peerj.4375' })).toBeNull();
    expect(latestAppearance({ doi: '10.7717/peerj.4375' }, '2018')?.getUTCFullYear()).toBe(2019);
    expect(latestAppearance({ doi: '10.7717/peerj.4375' }, '2026-05-18T00:00:00Z')?.toISOString()).toBe('2026-05-19T00:00:00.000Z');
  });

  it('calls a paper new only when it can be younger than 30 days; 2015 and 2017 papers are not new', () => {
    expect(paperMissing({ arxivId: '2605.01234' }, NOW).code).toBe('paper-new');
    expect(paperMissing({ arxivId: '2604.01234' }, NOW).code).toBe('paper-new'); // posted as late as 30 April
    expect(paperMissing({ arxivId: '2603.01234' }, NOW).code).toBe('paper-not-in-openalex');
    expect(paperMissing({ arxivId: '1512.03385' }, NOW)).toEqual({ code: 'paper-not-in-openalex', text: 'OpenAlex has no record of this arXiv paper.' });
    expect(paperMissing({ arxivId: '1706.03762' }, NOW).text).not.toMatch(/new|days/);
    expect(paperMissing({ doi: '10.1016/j.addr.2015.01.008' }, NOW, '2015')).toEqual({ code: 'paper-not-in-openalex', text: 'OpenAlex has no record of this paper.' });
    expect(paperMissing({ doi: '10.9/x' }, NOW)).toEqual({ code: 'paper-not-in-openalex', text: 'OpenAlex has no record of this paper.' });
    expect(paperMissing({ doi: '10.9/x' }, NOW, '2026-05-18')).toMatchObject({ code: 'paper-new' });
  });
});

describe('co-author evidence (coauthor-evidence.ts)', () => {
  const candidate = (id: string, worksCount = 10, compat = 1) => ({ id, compat, worksCount, fieldFit: null });
  const work = (id: string, ...authors: string[]) => ({ id, authorIds: new Set(authors) });

  it('settles the namesake who shares a work with a co-author, whatever the other has in works', () => {
    const slots: NameSlot[] = [
      { position: 1, settledId: null, candidates: [candidate('A_RIGHT', 5), candidate('A_NAMESAKE', 900)] },
      { position: 2, settledId: null, candidates: [candidate('B_RIGHT')] },
    ];
    const [a, b] = decideByCoauthors(slots, [work('W1', 'A_RIGHT', 'B_RIGHT', 'X'), work('W2', 'A_NAMESAKE', 'Y')]);
    expect(a).toMatchObject({ state: 'resolved', authorId: 'A_RIGHT', evidence: { partners: 1, sharedWorks: 1 } });
    expect(b).toMatchObject({ state: 'resolved', authorId: 'B_RIGHT' });
  });

  it('leaves a name ambiguous when two of its candidates are confirmed about equally, and when none is', () => {
    const slots: NameSlot[] = [
      { position: 1, settledId: null, candidates: [candidate('A1'), candidate('A2')] },
      { position: 2, settledId: 'B', candidates: [] },
      { position: 3, settledId: null, candidates: [candidate('C1', 50), candidate('C2', 5)] },
    ];
    const decisions = decideByCoauthors(slots, [work('W1', 'A1', 'B'), work('W2', 'A2', 'B')]);
    expect(decisions[0]).toMatchObject({ state: 'ambiguous', candidateIds: ['A1', 'A2'] });
    expect(decisions[1]).toMatchObject({ state: 'ambiguous', candidateIds: ['C1', 'C2'] }); // ranked: more works first
  });

  it('keeps a lone unconfirmed candidate ambiguous, and a name without candidates undecided', () => {
    const decisions = decideByCoauthors(
      [
        { position: 1, settledId: null, candidates: [candidate('A1')] },
        { position: 2, settledId: null, candidates: [] },
      ],
      [],
    );
    expect(decisions).toEqual([
      { position: 1, state: 'ambiguous', candidateIds: ['A1'], confidence: 0.5 },
      { position: 2, state: 'none' },
    ]);
  });

  it('wants a clear margin: more partners and at least twice the shared works of the runner-up', () => {
    const slots: NameSlot[] = [
      { position: 1, settledId: null, candidates: [candidate('A1'), candidate('A2')] },
      { position: 2, settledId: 'B', candidates: [] },
      { position: 3, settledId: 'C', candidates: [] },
    ];
    const clear = decideByCoauthors(slots, [work('W1', 'A1', 'B'), work('W2', 'A1', 'C'), work('W3', 'A2', 'B')]);
    expect(clear[0]).toMatchObject({ state: 'resolved', authorId: 'A1' });
    const close = decideByCoauthors(slots, [work('W1', 'A1', 'B', 'C'), work('W3', 'A2', 'B')]);
    expect(close[0]).toMatchObject({ state: 'ambiguous' });
  });

  it('does not count a work shared only with another candidate of the same name', () => {
    const slots: NameSlot[] = [
      { position: 1, settledId: null, candidates: [candidate('A1'), candidate('A2')] },
      { position: 2, settledId: null, candidates: [candidate('B1')] },
    ];
    expect(decideByCoauthors(slots, [work('W1', 'A1', 'A2')])[0]).toMatchObject({ state: 'ambiguous' });
  });

  it('splits put every pair of names on opposite sides at least once, with ⌈log₂ n⌉ splits', () => {
    for (const n of [2, 3, 4, 5, 6, 8]) {
      const splits = nameSplits(n);
      expect(splits).toHaveLength(Math.ceil(Math.log2(n)));
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(splits.some((s) => s(i) !== s(j))).toBe(true);
    }
    expect(nameSplits(1)).toEqual([]);
  });
});

describe('topical fit (arxiv-fields.ts)', () => {
  it('maps a primary category to OpenAlex fields and measures a record’s share of topics in them', () => {
    expect(fieldsOfCategory('cs.CL')).toContain('Computer Science');
    expect(fieldsOfCategory('hep-th')).toContain('Physics and Astronomy');
    expect(fieldsOfCategory(undefined)).toEqual([]);
    const topics = [
      { count: 3, field: { display_name: 'Computer Science' } },
      { count: 1, field: { display_name: 'Medicine' } },
    ];
    expect(fieldFit(fieldsOfCategory('cs.LG'), topics)).toBe(0.75);
    expect(fieldFit([], topics)).toBeNull();
    expect(fieldFit(['Computer Science'], [])).toBeNull();
  });
});
