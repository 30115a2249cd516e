import { describe, expect, it } from 'vitest';
import { computeTrust } from '../../server/trust/compute';
import { deriveTrustInputs, topicalCoherence } from '../../server/trust/inputs';
import type { TrustInputs } from '../../server/trust/types';
import type { OpenAlexAuthor } from '../../server/upstream/openalex-schemas';
import type { StoredWork } from '../../server/db/works-store';

/** DESIGN.md's test vector: the starting profile, "Trust 21 - Emerging". */
const startingProfile: TrustInputs = {
  verification: 'L1',
  hasPublicRecord: true,
  orcidAsserted: false,
  claimed: false,
  orcidVerifiedEmail: false,
  institution: 'none',
  orcidTrustMarker: false,
  works: 8,
  nonPreprintShare: 0,
  citations: 1,
  activeYears: 3, // 2020, 2022, 2026 of 2017–2026
  weightedFollowers: 0,
  claimedCloseCollaborators: 0,
  coAuthors: 4,
  closeCollaborators: 4,
  closeCollaboratorsL2Share: 0,
  coAuthorInstitutions: 0,
  worksNotRetracted: 8,
  topicalCoherence: 1, // 6 topics in 2 fields
  identityConfidence: 'unclaimed',
  retractions: 0,
  expressionsOfConcern: 0,
};

const points = (t: ReturnType<typeof computeTrust>, key: string) => t.parts.find((p) => p.key === key)!.points;

describe('computeTrust', () => {
  it('scores the design test vector 21, Emerging, with the worked arithmetic', () => {
    const t = computeTrust(startingProfile);
    expect(t).toMatchObject({ score: 21, band: 'Emerging', verification: 'L1', heldBy: null });
    expect(points(t, 'identity')).toBe(4);
    const track = t.parts.find((p) => p.key === 'trackRecord')!.inputs.map((i) => i.points);
    expect(track[0]).toBeCloseTo(5, 6);
    expect(track[1]).toBe(0);
    expect(track[2]).toBeCloseTo(0.803, 3);
    expect(track[3]).toBeCloseTo(2.25, 6);
    expect(points(t, 'community')).toBe(0);
    const net = t.parts.find((p) => p.key === 'network')!.inputs.map((i) => i.points);
    expect(net[0]).toBeCloseTo(1.7336, 3); // the design rounds it down to 1.733
    expect(net[1]).toBeCloseTo(2, 6);
    const integrity = t.parts.find((p) => p.key === 'integrity')!.inputs.map((i) => i.points);
    expect(integrity).toEqual([expect.closeTo(2.56, 6), expect.closeTo(1.6, 6), 1.5]);
    expect(t.rawScore).toBeCloseTo(21.45, 2);
    expect(t.penalties).toEqual([]);
  });

  it('returns every part with its maximum and labelled inputs', () => {
    const t = computeTrust(startingProfile);
    expect(t.parts.map((p) => [p.key, p.max])).toEqual([
      ['identity', 25], ['trackRecord', 30], ['community', 15], ['network', 15], ['integrity', 15],
    ]);
    for (const p of t.parts) for (const i of p.inputs) expect(i).toMatchObject({ label: expect.any(String), source: expect.any(String) });
  });

  const strong: TrustInputs = {
    ...startingProfile,
    orcidAsserted: true,
    institution: 'ror',
    works: 200,
    nonPreprintShare: 1,
    citations: 5000,
    activeYears: 10,
    coAuthors: 60,
    closeCollaborators: 10,
    closeCollaboratorsL2Share: 1,
    coAuthorInstitutions: 8,
    worksNotRetracted: 200,
  };

  it('holds a score of 45 or more at 44, Developing, when the record is only L1, and says why', () => {
    const t = computeTrust({ ...strong, verification: 'L1' });
    expect(t.rawScore).toBeGreaterThanOrEqual(45);
    expect(t).toMatchObject({ score: 44, band: 'Developing' });
    expect(t.heldBy).toMatch(/L1 allows at most Developing/);
  });

  it('holds a score of 65 or more at 64, Established, at L2', () => {
    const t = computeTrust({ ...strong, verification: 'L2', claimed: true, orcidVerifiedEmail: true, identityConfidence: 'claimed', weightedFollowers: 100 });
    expect(t.rawScore).toBeGreaterThanOrEqual(65);
    expect(t).toMatchObject({ score: 64, band: 'Established' });
    expect(t.heldBy).toMatch(/L2 allows at most Established/);
  });

  it('lets L3 reach Trusted but not Exemplary, and L4 reach Exemplary', () => {
    const top: TrustInputs = { ...strong, claimed: true, orcidVerifiedEmail: true, orcidTrustMarker: true, institution: 'orcid-member', identityConfidence: 'claimed', weightedFollowers: 100, claimedCloseCollaborators: 5 };
    expect(computeTrust({ ...top, verification: 'L3' })).toMatchObject({ score: 84, band: 'Trusted' });
    const l4 = computeTrust({ ...top, verification: 'L4' });
    expect(l4).toMatchObject({ band: 'Exemplary', heldBy: null });
    expect(l4.score).toBeGreaterThanOrEqual(85);
  });

  it('shows no score at L0', () => {
    expect(computeTrust({ ...strong, verification: 'L0' })).toMatchObject({ score: null, band: null, verification: 'L0', heldBy: null });
  });

  it('takes 15 per retraction and caps the score at 35 when there is any', () => {
    const t = computeTrust({ ...strong, verification: 'L2', retractions: 1 });
    expect(t.penalties).toEqual([expect.objectContaining({ count: 1, points: -15 })]);
    expect(t.score).toBe(35);
    const many = computeTrust({ ...strong, verification: 'L2', retractions: 5 });
    expect(many.penalties[0]!.points).toBe(-45);
  });

  it('takes 5 per expression of concern, at most 10', () => {
    const base = computeTrust(startingProfile).rawScore;
    const one = computeTrust({ ...startingProfile, expressionsOfConcern: 1 });
    expect(one.rawScore).toBeCloseTo(base - 5, 6);
    const three = computeTrust({ ...startingProfile, expressionsOfConcern: 3 });
    expect(three.penalties).toEqual([expect.objectContaining({ count: 3, points: -10 })]);
    expect(three.score).toBe(Math.floor(base - 10));
  });

  it('never goes below 0', () => {
    const t = computeTrust({ ...startingProfile, retractions: 3, expressionsOfConcern: 2 });
    expect(t.score).toBe(0);
  });
});

describe('deriveTrustInputs', () => {
  const field = (n: number) => ({ id: `https://openalex.org/fields/${n}`, display_name: `Field ${n}` });
  const topic = (i: number, f: number, count: number) => ({ id: `T${i}`, display_name: `Topic ${i}`, count, field: field(f) });
  const record: OpenAlexAuthor = {
    id: 'https://openalex.org/A5000000001',
    orcid: null,
    display_name: 'Starting Profile',
    display_name_alternatives: [],
    works_count: 8,
    cited_by_count: 1,
    last_known_institutions: [],
    affiliations: [],
    topics: [topic(1, 17, 3), topic(2, 17, 2), topic(3, 17, 1), topic(4, 22, 2), topic(5, 22, 1), topic(6, 22, 1)],
    counts_by_year: [
      { year: 2026, works_count: 1, cited_by_count: 0 },
      { year: 2022, works_count: 6, cited_by_count: 1 },
      { year: 2020, works_count: 1, cited_by_count: 0 },
      { year: 2015, works_count: 3, cited_by_count: 0 }, // outside the last 10 years
    ],
    updated_date: null,
  };
  const me = 'A5000000001';
  const co = ['A5000000002', 'A5000000003', 'A5000000004', 'A5000000005'];
  const authorship = (authorId: string, position: number) => ({ position, authorId, rawName: authorId, displayName: authorId, orcid: null, institutionIds: [] });
  const years = [2020, 2022, 2022, 2022, 2022, 2022, 2022, 2026];
  // Each co-author shares exactly two of the eight preprints with the profile's author.
  const storedWorks: StoredWork[] = years.map((year, i) => ({
    id: `W${1000 + i}`,
    type: 'preprint',
    publicationYear: year,
    isRetracted: false,
    primaryField: null,
    authorships: [authorship(me, 1), authorship(co[i % 4]!, 2)],
  }));

  it('derives the starting profile from a record and its stored works, and scores it 21', () => {
    const { inputs, counts } = deriveTrustInputs({ authorId: me, record, storedWorks, pageOrcid: null, recordOrcid: null, currentYear: 2026 });
    expect(inputs).toMatchObject({
      verification: 'L1', works: 8, nonPreprintShare: 0, citations: 1, activeYears: 3, coAuthors: 4, closeCollaborators: 4,
      closeCollaboratorsL2Share: 0, coAuthorInstitutions: 0, worksNotRetracted: 8, topicalCoherence: 1, institution: 'none',
    });
    expect(counts).toEqual({ topics: 6, closeCollaborators: 4 });
    expect(computeTrust(inputs)).toMatchObject({ score: 21, band: 'Emerging' });
    expect(inputs.sources?.coAuthors).toMatch(/stored/);
  });

  it('reads the current year from its input, not the clock', () => {
    const { inputs } = deriveTrustInputs({ authorId: me, record, storedWorks, pageOrcid: null, recordOrcid: null, currentYear: 2035 });
    expect(inputs.activeYears).toBe(1); // only 2026 is within 2026–2035
  });

  it('is L2 when an authorship carries an ORCID iD, or the page gives the record’s own', () => {
    const withOrcid = storedWorks.map((w, i) => (i === 0 ? { ...w, authorships: [{ ...authorship(me, 1), orcid: '0000-0002-1825-0097' }] } : w));
    expect(deriveTrustInputs({ authorId: me, record, storedWorks: withOrcid, pageOrcid: null, recordOrcid: null, currentYear: 2026 }).inputs.verification).toBe('L2');
    const page = deriveTrustInputs({ authorId: me, record, storedWorks, pageOrcid: '0000-0002-1825-0097', recordOrcid: '0000-0002-1825-0097', currentYear: 2026 });
    expect(page.inputs).toMatchObject({ verification: 'L2', orcidAsserted: true });
    const other = deriveTrustInputs({ authorId: me, record, storedWorks, pageOrcid: '0000-0001-5109-3700', recordOrcid: '0000-0002-1825-0097', currentYear: 2026 });
    expect(other.inputs.verification).toBe('L1');
  });

  it('counts retractions among stored works and knows an institution only with a ROR id', () => {
    const retracted = storedWorks.map((w, i) => (i === 0 ? { ...w, isRetracted: true } : w));
    const withInst = { ...record, last_known_institutions: [{ id: 'I1', ror: 'https://ror.org/05ppvf150', display_name: 'X', country_code: 'US' }] };
    const { inputs } = deriveTrustInputs({ authorId: me, record: withInst, storedWorks: retracted, pageOrcid: null, recordOrcid: null, currentYear: 2026 });
    expect(inputs).toMatchObject({ retractions: 1, worksNotRetracted: 7, institution: 'ror' });
  });

  it('weighs topical coherence by topic counts', () => {
    expect(topicalCoherence({ topics: [topic(1, 1, 6), topic(2, 2, 2), topic(3, 3, 2)] })).toBeCloseTo(0.8, 6);
    expect(topicalCoherence({ topics: [] })).toBe(0);
  });

  it('claims only what was read: 62 works of which 1 was loaded earn partial points and say their basis', () => {
    const sixtyTwo = { ...record, works_count: 62, cited_by_count: 400 };
    const one: StoredWork[] = [{ ...storedWorks[0]!, type: 'article', primaryField: 'Field 17' }];
    const { inputs } = deriveTrustInputs({ authorId: me, record: sixtyTwo, storedWorks: one, pageOrcid: null, recordOrcid: null, currentYear: 2026, profileBuilt: true });
    const t = computeTrust(inputs);
    const line = (key: string, label: RegExp) => t.parts.find((p) => p.key === key)!.inputs.find((i) => label.test(i.label))!;

    // Not "62 works not retracted": one work was checked.
    expect(line('integrity', /not retracted/)).toMatchObject({ value: 1, basis: 'checked 1 of 62 works' });
    expect(line('integrity', /not retracted/).points).toBeCloseTo(8 / 25, 9);
    // 100% of one work is not "100% not preprints": 1 of the 20 works needed, so 5% of the points.
    expect(line('trackRecord', /not preprints/)).toMatchObject({ value: 1, basis: 'from 1 of 62 works', evidence: 0.05 });
    expect(line('trackRecord', /not preprints/).points).toBeCloseTo(6 * 0.05, 9);
    // Too few works read for coherence: the record's own topic counts (6 topics in 2 fields) speak for all 62.
    expect(line('integrity', /coherence/)).toMatchObject({ value: 1, basis: 'the author record’s own topic counts', points: 4 });
    expect(line('integrity', /coherence/).evidence).toBeUndefined();
    // A record without topics: coherence from the one work read, at 5% of its points.
    const bare = computeTrust(deriveTrustInputs({ authorId: me, record: { ...sixtyTwo, topics: [] }, storedWorks: one, pageOrcid: null, recordOrcid: null, currentYear: 2026, profileBuilt: true }).inputs);
    const coherence = bare.parts.find((p) => p.key === 'integrity')!.inputs[1]!;
    expect(coherence).toMatchObject({ value: 1, basis: 'from 1 of 62 works', evidence: 0.05 });
    expect(coherence.points).toBeCloseTo(4 * 0.05, 9);
    // The record's own totals are fully evidenced and say so.
    expect(line('trackRecord', /^Works$/)).toMatchObject({ value: 62, basis: 'the author record’s own works count' });
    expect(line('trackRecord', /^Works$/).evidence).toBeUndefined();
    expect(line('trackRecord', /^Citations/)).toMatchObject({ value: 400, basis: 'the author record’s own cited-by count' });
    expect(line('network', /^Co-authors/)).toMatchObject({ basis: 'from 1 of 62 works' });
    expect(line('network', /^Share of close collaborators/)).toMatchObject({ basis: 'from 1 of 62 works', evidence: 0.05 });
  });

  it('takes 20 works read (or all of a smaller record’s) as enough, and the record’s topic counts as fully evidenced', () => {
    const many = { ...record, works_count: 1480 };
    const twenty: StoredWork[] = Array.from({ length: 20 }, (_, i) => ({ ...storedWorks[i % 8]!, id: `W${2000 + i}`, type: 'article', primaryField: 'Field 17' }));
    const t = computeTrust(deriveTrustInputs({ authorId: me, record: many, storedWorks: twenty, pageOrcid: null, recordOrcid: null, currentYear: 2026, profileBuilt: true }).inputs);
    const share = t.parts.find((p) => p.key === 'trackRecord')!.inputs[1]!;
    expect(share).toMatchObject({ value: 1, points: 6, basis: 'from 20 of 1,480 works' });
    expect(share.evidence).toBeUndefined();
    // Not built: coherence comes from the record's own topic counts, whatever few works were met on pages.
    const fromRecord = computeTrust(deriveTrustInputs({ authorId: me, record, storedWorks: storedWorks.slice(0, 1), pageOrcid: null, recordOrcid: null, currentYear: 2026 }).inputs);
    expect(fromRecord.parts.find((p) => p.key === 'integrity')!.inputs[1]).toMatchObject({ basis: 'the author record’s own topic counts' });
  });
});
