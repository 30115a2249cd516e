/** A wire-shaped `ResearcherProfile`: the design's starting profile (Trust 21, Emerging, L1) and variations. */
import type { ResearcherProfile, TrustBreakdown, WorksPage } from '../../lib/api/profile';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { researcher } from './sample-results';

/** The design's test vector: identity 4 + track record 8.05 + community 0 + network 3.73 + integrity 5.66 = 21.44. */
export function breakdown(overrides: Partial<TrustBreakdown> = {}): TrustBreakdown {
  return {
    score: 21,
    band: 'Emerging',
    verification: 'L1',
    heldBy: null,
    rawScore: 21.44,
    parts: [
      {
        key: 'identity', label: 'Identity', points: 4, max: 25,
        inputs: [
          { label: 'Public author record with at least one work', value: true, points: 4, max: 4, source: 'OpenAlex author record' },
          { label: 'ORCID iD asserted outside disambiguation', value: false, points: 0, max: 5, source: 'paper metadata or authorship' },
          { label: 'Claimed on PeerLens through ORCID sign-in', value: false, points: 0, max: 8, source: 'PeerLens claims' },
          { label: 'Institution known', value: 'none', points: 0, max: 4, source: 'OpenAlex last known institution (ROR)' },
        ],
      },
      {
        key: 'trackRecord', label: 'Track record', points: 8.05, max: 30,
        inputs: [
          { label: 'Works', value: 8, points: 5.0, max: 10, source: 'OpenAlex works count' },
          { label: 'Share of works that are not preprints', value: 0, points: 0, max: 6, source: 'stored works' },
          { label: 'Citations', value: 1, points: 0.8, max: 8, source: 'OpenAlex cited-by count' },
          { label: 'Active years of the last 10', value: 3, points: 2.25, max: 6, source: 'OpenAlex counts by year' },
        ],
      },
      {
        key: 'community', label: 'Community', points: 0, max: 15,
        inputs: [
          { label: 'Followers, weighted by their verification', value: 0, points: 0, max: 10, source: 'PeerLens followers' },
          { label: 'Claimed close collaborators', value: 0, points: 0, max: 5, source: 'PeerLens claims' },
        ],
      },
      {
        key: 'network', label: 'Network', points: 3.73, max: 15,
        inputs: [
          { label: 'Co-authors', value: 4, points: 1.73, max: 4, source: 'stored works' },
          { label: 'Close collaborators (2 or more shared works)', value: 4, points: 2, max: 4, source: 'stored works' },
          { label: 'Share of close collaborators at L2 or above', value: 0, points: 0, max: 4, source: 'stored works' },
          { label: 'Distinct institutions among co-authors', value: 0, points: 0, max: 3, source: 'stored works' },
        ],
      },
      {
        key: 'integrity', label: 'Integrity', points: 5.66, max: 15,
        inputs: [
          { label: 'Works not retracted', value: 8, points: 2.56, max: 8, source: 'OpenAlex works count and retraction flags' },
          { label: 'Topical coherence (share of works in the top two fields)', value: 1, points: 1.6, max: 4, source: 'OpenAlex author topics' },
          { label: 'Identity confidence', value: 'unclaimed', points: 1.5, max: 3, source: 'PeerLens claims and disputes' },
        ],
      },
    ],
    penalties: [],
    ...overrides,
  };
}

export function worksPage(page: number, total: number, perPage = 2, idBase = 'W100'): WorksPage {
  const start = (page - 1) * perPage;
  const items = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, k) => {
    const n = start + k + 1;
    return {
      id: `${idBase}${n}`,
      type: 'preprint',
      year: 2026 - n,
      venue: 'arXiv',
      title: `Work number ${n}`,
      abstract: n === 1 ? 'We study how attention works.' : null,
      doi: null,
      arxivId: `2601.0000${n}`,
      retracted: n === 2,
      citedBy: n === 1 ? 1 : 0,
    };
  });
  return { items, total, page, perPage };
}

export function collaborator(id: string, name: string, sharedWorks: number): { summary: ResearcherSummary; sharedWorks: number } {
  return { summary: researcher({ id, name }), sharedWorks };
}

export function profile(overrides: Partial<ResearcherProfile> = {}): ResearcherProfile {
  return {
    summary: researcher(),
    otherNames: ['A. Vaswani'],
    openAlexUrl: 'https://openalex.org/A5023888391',
    breakdown: breakdown(),
    topics: [
      { id: 'T1', name: 'Natural Language Processing', field: 'Computer Science', share: 0.5 },
      { id: 'T2', name: 'Machine Translation', field: 'Computer Science', share: 0.25 },
      { id: 'T3', name: 'Speech Recognition', field: 'Engineering', share: 0.125 },
      { id: 'T4', name: 'Neural Networks', field: 'Computer Science', share: 0.125 },
    ],
    collaborators: [
      collaborator('A5000000011', 'Noam Shazeer', 3),
      collaborator('A5000000012', 'Niki Parmar', 2),
    ],
    institutions: [{ id: 'I1', name: 'Google', ror: 'https://ror.org/00njsd438', country: 'US', years: [2017, 2018, 2019] }],
    works: worksPage(1, 3),
    builtAt: '2026-11-24T12:00:00.000Z',
    stale: false,
    mergedFrom: null,
    ...overrides,
  };
}
