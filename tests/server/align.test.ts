import { describe, expect, it } from 'vitest';
import type { WorkAuthorship } from '../../server/db/works-store';
import { alignAuthors, type PageName } from '../../server/resolve/align';

const work = (...names: Array<string | [string, string | null, string | null]>): WorkAuthorship[] =>
  names.map((n, i) => {
    const [raw, display, orcid] = typeof n === 'string' ? [n, n, null] : n;
    return { position: i + 1, authorId: `A${5000000001 + i}`, rawName: raw, displayName: display, orcid };
  });
const page = (...names: Array<string | [string, string]>): PageName[] =>
  names.map((n, i) => (typeof n === 'string' ? { position: i + 1, name: n } : { position: i + 1, name: n[0], orcid: n[1] }));
const ids = (xs: ReturnType<typeof alignAuthors>) => xs.map((x) => (x.state === 'resolved' ? x.authorId : x.state));

describe('alignAuthors', () => {
  it('aligns by position when the counts match and the names are compatible', () => {
    const out = alignAuthors(page('Heather Piwowar', 'Jason Priem'), work('Heather Piwowar', 'Jason Priem'));
    expect(out).toEqual([
      { position: 1, state: 'resolved', authorId: 'A5000000001', confidence: 1, by: 'position' },
      { position: 2, state: 'resolved', authorId: 'A5000000002', confidence: 1, by: 'position' },
    ]);
  });

  it('aligns reordered names by similarity', () => {
    const out = alignAuthors(page('Jason Priem', 'Heather Piwowar', 'Jevin West'), work('Heather Piwowar', 'Jevin D. West', 'Jason Priem'));
    expect(ids(out)).toEqual(['A5000000003', 'A5000000001', 'A5000000002']);
    expect(out.every((x) => x.state === 'resolved' && x.by === 'name')).toBe(true);
  });

  it('accepts initials and "Last, First" spellings, against the raw name or the display name', () => {
    const out = alignAuthors(
      page('Vaswani, Ashish', 'N. Shazeer', 'Parmar, N.'),
      work(['A. Vaswani', 'Ashish Vaswani', null], ['Noam Shazeer', 'Noam Shazeer', null], ['Niki Parmar', 'Niki Parmar', null]),
    );
    expect(ids(out)).toEqual(['A5000000001', 'A5000000002', 'A5000000003']);
    expect(out[1]!.confidence).toBeCloseTo(0.85, 2);
  });

  it('leaves a page author missing from the work unresolved, with a reason', () => {
    const out = alignAuthors(page('Heather Piwowar', 'Someone Else', 'Jason Priem'), work('Heather Piwowar', 'Jason Priem'));
    expect(ids(out)).toEqual(['A5000000001', 'unresolved', 'A5000000002']);
    expect(out[1]).toMatchObject({ reason: expect.stringContaining('Someone Else') });
  });

  it('leaves collaboration junk (a group name, a stray ":") unresolved and aligns the people after it', () => {
    // abs_1912.06680: citation_author holds "OpenAI" and ":" before the people.
    const out = alignAuthors(page('OpenAI', ':', 'Berner, Christopher', 'Brockman, Greg'), work('Christopher Berner', 'Greg Brockman'));
    expect(ids(out)).toEqual(['unresolved', 'unresolved', 'A5000000001', 'A5000000002']);
    expect(out[1]).toMatchObject({ reason: 'This is not a name PeerLens can match.' });
  });

  it('calls a name that fits two authors about equally ambiguous, with both candidates', () => {
    const out = alignAuthors(page('A. Smith', 'Bob Jones'), work('Alice Smith', 'Anna Smith', 'Bob Jones'));
    expect(out[0]).toMatchObject({ state: 'ambiguous', candidateIds: ['A5000000001', 'A5000000002'] });
    expect(out[0]!.confidence).toBeLessThan(0.5);
    expect(out[1]).toMatchObject({ state: 'resolved', authorId: 'A5000000003' });
  });

  it('lets a full name take its author first, so a shared surname is no longer ambiguous', () => {
    const out = alignAuthors(page('A. Smith', 'Alice Smith', 'Bob Jones'), work('Alice Smith', 'Anna Smith', 'Bob Jones', 'Extra Person'));
    expect(ids(out)).toEqual(['A5000000002', 'A5000000001', 'A5000000003']);
  });

  it('trusts an ORCID iD given on the page over names and positions', () => {
    const out = alignAuthors(
      page(['J. Smith', '0000-0002-1825-0097'], 'J. Smith'),
      work(['John Smith', 'John Smith', null], ['Jane Smith', 'Jane Smith', 'https://orcid.org/0000-0002-1825-0097']),
    );
    expect(out[0]).toEqual({ position: 1, state: 'resolved', authorId: 'A5000000002', confidence: 1, by: 'orcid' });
    expect(out[1]).toMatchObject({ state: 'resolved', authorId: 'A5000000001' });
  });

  it('does not resolve to an authorship that has no author record', () => {
    const authorships = work('Heather Piwowar');
    authorships[0]!.authorId = null;
    expect(alignAuthors(page('Heather Piwowar'), authorships)[0]).toMatchObject({ state: 'unresolved', reason: expect.stringContaining('without an author record') });
  });

  it('aligns thousands of names quickly', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Given${i} Surname${i}x`);
    const shuffled = [...names].reverse();
    const started = performance.now();
    const out = alignAuthors(page(...shuffled, 'Not There'), work(...names));
    expect(out.filter((x) => x.state === 'resolved')).toHaveLength(3000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
