import type { Verification } from '../../lib/api/researcher';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import type { StoredWork } from '../db/works-store';
import { ENOUGH_WORKS } from './compute';
import { coAuthorNetwork } from './network';
import type { TrustInputs } from './types';

export interface AuthorEvidence {
  authorId: string;
  record: OpenAlexAuthor;
  /** The author's works stored in our database, each with all its authorships. */
  storedWorks: StoredWork[];
  /** Bare ORCID iD the page gave for this author, if any. */
  pageOrcid: string | null;
  /** The record's ORCID iD, bare. */
  recordOrcid: string | null;
  currentYear: number;
  /**
   * True when the author's newest works (up to 200) were loaded from OpenAlex with their profile; otherwise the
   * stored works are only those met on pages so far, and the parts drawn from them say so.
   */
  profileBuilt?: boolean;
}

export interface DerivedInputs {
  inputs: TrustInputs;
  counts: { topics: number; closeCollaborators: number };
}

/** Derives the score's inputs from a stored author record and that author's stored works. Pure. */
export function deriveTrustInputs(e: AuthorEvidence): DerivedInputs {
  const { record, storedWorks } = e;
  const W = record.works_count;
  const worksSource = storedWorksSource(storedWorks.length, W, e.profileBuilt ?? false);

  const orcidOnAuthorship = storedWorks.some((w) => w.authorships.some((a) => a.authorId === e.authorId && a.orcid !== null));
  const orcidFromPage = e.pageOrcid !== null && e.pageOrcid === e.recordOrcid;
  const orcidAsserted = orcidOnAuthorship || orcidFromPage;
  // A record with no works at all, counted or stored (OpenAlex's "Deleted Author" placeholders), names no one's
  // output: that is "name only" (L0, no score) rather than an L1 score of zero evidence.
  const noWorks = W === 0 && storedWorks.length === 0;
  const verification: Verification = noWorks ? 'L0' : orcidAsserted ? 'L2' : 'L1';

  const preprints = storedWorks.filter((w) => w.type === 'preprint').length;
  const retractions = storedWorks.filter((w) => w.isRetracted).length;
  const network = coAuthorNetwork(e.authorId, storedWorks);
  const close = network.close.length;
  // Works-based coherence only from a full list of newest works; a few works met on pages say little about it.
  // With too few works read to judge (see compute.ts), the record's own topic counts speak for all its works.
  const enoughRead = storedWorks.length >= Math.min(W, ENOUGH_WORKS);
  const fromWorks = e.profileBuilt === true && storedWorks.some((w) => w.primaryField !== null) && (enoughRead || record.topics.length === 0);

  const recentYears = new Set(
    record.counts_by_year
      .filter((y) => y.works_count > 0 && y.year <= e.currentYear && y.year > e.currentYear - 10)
      .map((y) => y.year),
  );

  const inputs: TrustInputs = {
    verification,
    hasPublicRecord: W >= 1,
    orcidAsserted,
    claimed: false,
    orcidVerifiedEmail: false,
    institution: record.last_known_institutions.some((i) => i.ror) ? 'ror' : 'none',
    orcidTrustMarker: false,
    works: W,
    nonPreprintShare: storedWorks.length > 0 ? (storedWorks.length - preprints) / storedWorks.length : 0,
    citations: record.cited_by_count,
    activeYears: recentYears.size,
    weightedFollowers: 0,
    claimedCloseCollaborators: 0,
    coAuthors: network.shared.size,
    closeCollaborators: close,
    closeCollaboratorsL2Share: close > 0 ? network.closeWithOrcid.length / close : 0,
    coAuthorInstitutions: network.institutions,
    // Only the works actually read were checked for retraction; the rest are not claimed as "not retracted".
    worksNotRetracted: Math.max(0, storedWorks.length - retractions),
    topicalCoherence: fromWorks ? worksCoherence(storedWorks) : topicalCoherence(record),
    identityConfidence: 'unclaimed',
    retractions,
    expressionsOfConcern: 0,
    evidence: { worksRead: storedWorks.length, worksCount: Math.max(W, storedWorks.length), coherenceFromWorks: fromWorks },
    sources: {
      orcidAsserted: orcidFromPage ? 'ORCID iD on the paper page equals the record’s' : orcidOnAuthorship ? 'ORCID iD on an authorship of a stored work' : 'none found',
      claimed: 'no claims yet',
      weightedFollowers: 'no followers recorded yet',
      claimedCloseCollaborators: 'no claims yet',
      nonPreprintShare: `OpenAlex work types of ${worksSource}`,
      coAuthors: `authorships of ${worksSource}`,
      closeCollaborators: `authorships of ${worksSource}`,
      closeCollaboratorsL2Share: `authorships of ${worksSource}; L2 = an ORCID iD on the collaborator’s authorship`,
      coAuthorInstitutions: `institutions on the co-authors’ authorships of ${worksSource}`,
      retractions: `OpenAlex is_retracted of ${worksSource}`,
      worksNotRetracted: `OpenAlex is_retracted of ${worksSource}`,
      topicalCoherence: fromWorks ? `fields of the primary topics of ${worksSource}` : 'OpenAlex author topics (works per field)',
      expressionsOfConcern: 'not yet imported',
    },
  };
  return { inputs, counts: { topics: record.topics.length, closeCollaborators: close } };
}

/** Share of the author's topic-work counts that fall in their two largest fields. */
export function topicalCoherence(record: Pick<OpenAlexAuthor, 'topics'>): number {
  const byField = new Map<string, number>();
  for (const t of record.topics) {
    const field = t.field?.id ?? t.field?.display_name ?? 'unknown';
    byField.set(field, (byField.get(field) ?? 0) + Math.max(0, t.count));
  }
  const total = [...byField.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const [first = 0, second = 0] = [...byField.values()].sort((a, b) => b - a);
  return (first + second) / total;
}

/** Share of the works (with a known field) whose primary topic lies in their two most frequent fields. */
export function worksCoherence(storedWorks: readonly StoredWork[]): number {
  const byField = new Map<string, number>();
  for (const w of storedWorks) if (w.primaryField !== null) byField.set(w.primaryField, (byField.get(w.primaryField) ?? 0) + 1);
  const total = [...byField.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const [first = 0, second = 0] = [...byField.values()].sort((a, b) => b - a);
  return (first + second) / total;
}

function storedWorksSource(stored: number, worksCount: number, profileBuilt: boolean): string {
  return profileBuilt
    ? `the ${stored} newest works loaded from OpenAlex (of ${worksCount})`
    : `the ${stored} works of this author PeerLens has stored so far (of ${worksCount}; the full list loads with the profile)`;
}
