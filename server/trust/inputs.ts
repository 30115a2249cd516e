import type { Verification } from '../../lib/api/researcher';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import type { StoredWork } from '../resolve/store';
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
}

export interface DerivedInputs {
  inputs: TrustInputs;
  counts: { topics: number; closeCollaborators: number };
}

// Issue 3 loads up to 200 works per author; until then these parts see only the works already stored.
const STORED_WORKS_SOURCE = 'works of this author stored by PeerLens so far (a partial list until full work lists are loaded)';

/** Derives the score's inputs from a stored author record and that author's stored works. Pure. */
export function deriveTrustInputs(e: AuthorEvidence): DerivedInputs {
  const { record, storedWorks } = e;
  const W = record.works_count;

  const orcidOnAuthorship = storedWorks.some((w) => w.authorships.some((a) => a.authorId === e.authorId && a.orcid !== null));
  const orcidFromPage = e.pageOrcid !== null && e.pageOrcid === e.recordOrcid;
  const orcidAsserted = orcidOnAuthorship || orcidFromPage;
  const verification: Verification = orcidAsserted ? 'L2' : 'L1';

  const preprints = storedWorks.filter((w) => w.type === 'preprint').length;
  const retractions = storedWorks.filter((w) => w.isRetracted).length;
  const network = coAuthorNetwork(e.authorId, storedWorks);

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
    coAuthors: network.coAuthors,
    closeCollaborators: network.close,
    closeCollaboratorsL2Share: network.close > 0 ? network.closeWithOrcid / network.close : 0,
    coAuthorInstitutions: network.institutions,
    worksNotRetracted: Math.max(0, W - retractions),
    topicalCoherence: topicalCoherence(record),
    identityConfidence: 'unclaimed',
    retractions,
    expressionsOfConcern: 0,
    sources: {
      orcidAsserted: orcidFromPage ? 'ORCID iD on the paper page equals the record’s' : orcidOnAuthorship ? 'ORCID iD on an authorship of a stored work' : 'none found',
      claimed: 'no claims yet',
      weightedFollowers: 'no followers recorded yet',
      claimedCloseCollaborators: 'no claims yet',
      nonPreprintShare: STORED_WORKS_SOURCE,
      coAuthors: STORED_WORKS_SOURCE,
      closeCollaborators: STORED_WORKS_SOURCE,
      closeCollaboratorsL2Share: `${STORED_WORKS_SOURCE}; L2 = an ORCID iD on the collaborator’s authorship`,
      coAuthorInstitutions: STORED_WORKS_SOURCE,
      retractions: STORED_WORKS_SOURCE,
      worksNotRetracted: `OpenAlex works count minus retractions among ${STORED_WORKS_SOURCE}`,
      expressionsOfConcern: 'not yet imported',
    },
  };
  return { inputs, counts: { topics: record.topics.length, closeCollaborators: network.close } };
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

function coAuthorNetwork(authorId: string, storedWorks: StoredWork[]) {
  const shared = new Map<string, number>();
  const withOrcid = new Set<string>();
  const institutions = new Set<string>();
  for (const w of storedWorks) {
    const others = new Set<string>();
    for (const a of w.authorships) {
      if (!a.authorId || a.authorId === authorId) continue;
      others.add(a.authorId);
      if (a.orcid) withOrcid.add(a.authorId);
      for (const i of a.institutionIds) institutions.add(i);
    }
    for (const o of others) shared.set(o, (shared.get(o) ?? 0) + 1);
  }
  const close = [...shared].filter(([, n]) => n >= 2).map(([id]) => id);
  return {
    coAuthors: shared.size,
    close: close.length,
    closeWithOrcid: close.filter((id) => withOrcid.has(id)).length,
    institutions: institutions.size,
  };
}
