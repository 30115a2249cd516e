import type { TrustBreakdown } from '../../lib/api/profile';
import type { ResearcherSummary } from '../../lib/api/researcher';
import { toOrcid } from '../../lib/api/ids';
import { applyStanding, DISPUTE_HOLD, type RecordStanding } from './standing';
import { computeTrust } from './compute';
import { deriveTrustInputs } from './inputs';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import type { StoredWork } from '../db/works-store';

export interface SnapshotArgs {
  authorId: string;
  record: OpenAlexAuthor;
  storedWorks: StoredWork[];
  pageOrcid: string | null;
  now: Date;
  /** The author's newest works were loaded with a profile (see `AuthorEvidence.profileBuilt`). */
  profileBuilt?: boolean;
  /** Owner, dispute and followers from PeerLens users (`loadStandings`); absent means none. */
  standing?: RecordStanding;
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
  const standing = args.standing;
  const computed = computeTrust(applyStanding(inputs, standing));
  // A dispute as strong as the owner's claim withholds the score everywhere (badge and "why"); a weaker one
  // leaves it, marked disputed.
  const trust = standing?.scoreWithheld ? { ...computed, score: null, band: null, heldBy: DISPUTE_HOLD } : computed;
  const institution = args.record.last_known_institutions.find((i) => i.display_name);
  const summary: ResearcherSummary = {
    id: args.authorId,
    name: args.record.display_name,
    orcid: recordOrcid ?? standing?.owner?.orcid ?? null,
    affiliation: institution?.display_name ?? null,
    trust: {
      score: trust.score,
      band: trust.band,
      verification: trust.verification,
      claimed: standing?.owner != null,
      heldBy: trust.heldBy,
      ...(standing?.disputed ? { disputed: true } : {}),
    },
    counts: { works: args.record.works_count, followers: standing?.followers ?? 0, topics: counts.topics, closeCollaborators: counts.closeCollaborators },
    // Only the owner of a claimed record can say they are open to collaborate.
    openToCollaborate: standing?.owner?.openToCollaborate ?? false,
    computedAt: args.now.toISOString(),
  };
  return { summary, breakdown: trust };
}
