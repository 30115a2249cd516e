import type { ResearcherSummary } from '../../lib/api/researcher';
import { toOrcid } from '../../lib/api/ids';
import { computeTrust } from '../trust/compute';
import { deriveTrustInputs } from '../trust/inputs';
import type { OpenAlexAuthor } from '../upstream/openalex-schemas';
import type { StoredWork } from './store';

/** The badge's view of one author: the record, the score computed from stored evidence, the counts. */
export function buildSummary(args: {
  authorId: string;
  record: OpenAlexAuthor;
  storedWorks: StoredWork[];
  pageOrcid: string | null;
  now: Date;
}): ResearcherSummary {
  const recordOrcid = toOrcid(args.record.orcid);
  const { inputs, counts } = deriveTrustInputs({
    authorId: args.authorId,
    record: args.record,
    storedWorks: args.storedWorks,
    pageOrcid: args.pageOrcid,
    recordOrcid,
    currentYear: args.now.getUTCFullYear(),
  });
  const trust = computeTrust(inputs);
  const institution = args.record.last_known_institutions.find((i) => i.display_name);
  return {
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
}
