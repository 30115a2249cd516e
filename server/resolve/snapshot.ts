import type { TrustBreakdown } from '../../lib/api/profile';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { toOrcid } from '../../lib/api/ids';
import { computeTrust } from '../trust/compute';
import { deriveTrustInputs } from '../trust/inputs';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import type { StoredWork } from './store';

export interface SnapshotArgs {
  authorId: string;
  record: OpenAlexAuthor;
  storedWorks: StoredWork[];
  pageOrcid: string | null;
  now: Date;
  /** The author's newest works were loaded with a profile (see `AuthorEvidence.profileBuilt`). */
  profileBuilt?: boolean;
}

/** The badge's view of one author: the record, the score computed from stored evidence, the counts. */
export function buildSummary(args: SnapshotArgs): ResearcherSummary {
  return buildSnapshot(args).summary;
}

/** The summary with the breakdown it was computed from, so a profile's "why" and its badge never disagree. */
export function buildSnapshot(args: SnapshotArgs): { summary: ResearcherSummary; breakdown: TrustBreakdown } {
  const recordOrcid = toOrcid(args.record.orcid);
  const { inputs, counts } = deriveTrustInputs({
    authorId: args.authorId,
    record: args.record,
    storedWorks: args.storedWorks,
    pageOrcid: args.pageOrcid,
    recordOrcid,
    currentYear: args.now.getUTCFullYear(),
    profileBuilt: args.profileBuilt ?? false,
  });
  const trust = computeTrust(inputs);
  const institution = args.record.last_known_institutions.find((i) => i.display_name);
  const summary: ResearcherSummary = {
    id: args.authorId,
    name: args.record.display_name,
    orcid: recordOrcid,
    affiliation: institution?.display_name ?? null,
    trust: { score: trust.score, band: trust.band, verification: trust.verification, claimed: false, heldBy: trust.heldBy },
    counts: { works: args.record.works_count, followers: 0, topics: counts.topics, closeCollaborators: counts.closeCollaborators },
    // Only the owner of a claimed record can say they are open to collaborate; nothing is claimed yet.
    openToCollaborate: false,
    computedAt: args.now.toISOString(),
  };
  return { summary, breakdown: trust };
}
