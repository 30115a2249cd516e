import { randomUUID } from 'node:crypto';
import type { Claim, ProfileSettingsRequest } from '../../lib/api/actions';
import type { DisputeNotice, SessionUser } from '../../lib/api/auth';
import { toOrcid } from '../../lib/api/ids';
import type { Db } from '../db/client';
import {
  approvedClaimsOf,
  claimOf,
  claimOfUserById,
  claimsOfUserRows,
  deleteClaim,
  disputesOn,
  insertClaim,
  lockAndCountOpenDisputes,
  lockRecordClaims,
  otherOwnerOf,
  reopenDisputes,
  updateOwnerClaim,
  type ClaimRow,
} from '../db/claims-store';
import { getResearchers } from '../db/researchers-store';
import { storedDoisOfAuthor } from '../db/works-store';
import type { OrcidApiClient, OrcidFacts } from '../upstream/orcid';
import { claimReason, decideClaim, MAX_OPEN_DISPUTES, type ClaimFacts } from './claim-rules';
import { uniqueViolation } from '../db/errors';
import type { AppDeps } from '../deps';
import { findResearcher } from './records';

export type ClaimOutcome =
  | { kind: 'not-found' }
  | { kind: 'unavailable' }
  /** The claim would be a dispute and the user already holds MAX_OPEN_DISPUTES open ones: nothing is written. */
  | { kind: 'too-many-disputes' }
  | { kind: 'existing'; claim: Claim }
  | { kind: 'new'; claim: Claim };

/**
 * Claims a record for the signed-in user. The evidence (the ORCID record, the record's works) is gathered
 * first, outside any transaction; the decision and its audit row are written under a per-record advisory lock,
 * with the one-owner index as the last word: of two concurrent winning claims one is approved and the other
 * becomes a dispute.
 */
export async function claimRecord(deps: Pick<AppDeps, 'db' | 'openalex' | 'now'> & { orcidApi: OrcidApiClient }, user: SessionUser, researcherId: string): Promise<ClaimOutcome> {
  const existing = await claimOf(deps.db, user.id, researcherId);
  if (existing) return { kind: 'existing', claim: toClaim(existing) };
  const lookup = await findResearcher(deps, researcherId);
  if (!lookup.found) return lookup.unavailable ? { kind: 'unavailable' } : { kind: 'not-found' };
  const { record } = lookup;

  let orcid: OrcidFacts | null = null;
  let orcidProblem: string | null = null;
  try {
    orcid = await deps.orcidApi.getFacts(user.orcid);
    if (!orcid) orcidProblem = 'ORCID has no public record for this iD';
  } catch (error) {
    orcidProblem = error instanceof Error ? error.message : 'ORCID could not be read';
  }
  const facts: Omit<ClaimFacts, 'ownedByAnother'> = {
    signedInOrcid: user.orcid,
    recordOrcid: toOrcid(record.orcid),
    recordWorks: record.works_count,
    recordDois: await storedDoisOfAuthor(deps.db, researcherId),
    recordInstitutions: [...record.last_known_institutions, ...record.affiliations.map((a) => a.institution)].map((i) => ({ name: i.display_name, ror: i.ror })),
    orcid,
    orcidProblem,
  };

  const write = (forceDispute: boolean) =>
    deps.db.transaction(async (tx) => {
      await lockRecordClaims(tx, researcherId);
      const again = await claimOf(tx, user.id, researcherId);
      if (again) return { kind: 'existing' as const, claim: toClaim(again) };
      const owner = await otherOwnerOf(tx, researcherId, user.id);
      const decision = decideClaim({ ...facts, ownedByAnother: forceDispute || owner !== undefined, ownerEvidence: owner?.evidence ?? null });
      if (decision.status === 'disputed' && (await lockAndCountOpenDisputes(tx, user.id)) >= MAX_OPEN_DISPUTES) return { kind: 'too-many-disputes' as const };
      const now = deps.now();
      const row = await insertClaim(
        tx,
        { id: randomUUID(), researcherId, userId: user.id, status: decision.status, rule: decision.rule, evidence: decision.evidence, level: decision.level, createdAt: now, decidedAt: now },
        now,
      );
      return { kind: 'new' as const, claim: toClaim(row) };
    });

  try {
    return await write(false);
  } catch (error) {
    const constraint = uniqueViolation(error);
    // Another replica approved an owner between our read and our write: this claim is a dispute.
    if (constraint === 'claims_one_owner_idx') return write(true);
    if (constraint === 'claims_user_researcher_idx') {
      const row = await claimOf(deps.db, user.id, researcherId);
      if (row) return { kind: 'existing', claim: toClaim(row) };
    }
    throw error;
  }
}

/** Releases one of the user's claims; when it was the owner's, open disputes over the record go back to review. */
export async function releaseClaim(deps: { db: Db; now: () => Date }, userId: string, claimId: string): Promise<ClaimRow | null> {
  return deps.db.transaction(async (tx) => {
    const found = await claimOfUserById(tx, userId, claimId);
    if (!found) return null;
    await lockRecordClaims(tx, found.researcherId);
    const now = deps.now();
    const row = await deleteClaim(tx, userId, claimId, now);
    if (row?.status === 'approved') await reopenDisputes(tx, row.researcherId, now);
    return row;
  });
}

export type SettingsOutcome = { kind: 'ok'; claim: Claim } | { kind: 'none-owned' } | { kind: 'ambiguous' } | { kind: 'not-owned' };

/** Sets the owner's "open to collaborate" and headline on one of their approved claims. */
export async function updateOwnerSettings(db: Db, userId: string, req: ProfileSettingsRequest): Promise<SettingsOutcome> {
  const owned = await approvedClaimsOf(db, userId);
  if (owned.length === 0) return { kind: 'none-owned' };
  const target = req.researcherId ? owned.find((c) => c.researcherId === req.researcherId) : owned.length === 1 ? owned[0] : undefined;
  if (!target) return req.researcherId ? { kind: 'not-owned' } : { kind: 'ambiguous' };
  const row = await updateOwnerClaim(db, target.id, {
    ...(req.openToCollaborate !== undefined ? { openToCollaborate: req.openToCollaborate } : {}),
    ...(req.headline !== undefined ? { headline: req.headline } : {}),
  });
  return row ? { kind: 'ok', claim: toClaim(row) } : { kind: 'not-owned' };
}

export async function claimsOfUser(db: Db, userId: string): Promise<Claim[]> {
  const rows = await claimsOfUserRows(db, userId);
  return rows.map(toClaim);
}

/** Disputes this user is part of: as the claimant of an owned record, or as the owner of a disputed one. */
export async function disputesOfUser(db: Db, userId: string, mine: Claim[]): Promise<DisputeNotice[]> {
  const notices: DisputeNotice[] = mine
    .filter((c) => c.status === 'disputed')
    .map((c) => ({
      researcherId: c.researcherId,
      claimId: c.id,
      role: 'claimant' as const,
      openedAt: c.decidedAt,
      message: c.evidence.outweighsOwner === true
        ? 'Your claim is disputed: this record already has an owner. Your evidence is as strong as theirs, so its score is withheld until PeerLens has reviewed both claims.'
        : 'Your claim is disputed: this record already has an owner with stronger evidence. PeerLens will review both claims; meanwhile the owner’s score stays, marked disputed.',
      researcherName: null,
      claimant: null,
    }));
  const owned = mine.filter((c) => c.status === 'approved').map((c) => c.researcherId);
  if (owned.length > 0) {
    const against = await disputesOn(db, owned);
    for (const { claim: c, orcid, name } of against) {
      notices.push({
        researcherId: c.researcherId,
        claimId: c.id,
        role: 'owner',
        openedAt: c.decidedAt.toISOString(),
        message: c.evidence.outweighsOwner === true
          ? 'Someone else has claimed a record you own, with evidence as strong as yours. Its score is withheld until PeerLens settles the dispute.'
          : 'Someone else has claimed a record you own. Your score stays, marked disputed, while PeerLens reviews their evidence.',
        researcherName: null,
        claimant: { orcid, name },
      });
    }
  }
  if (notices.length === 0) return notices;
  const records = await getResearchers(db, [...new Set(notices.map((n) => n.researcherId))]);
  return notices.map((n) => ({ ...n, researcherName: records.get(n.researcherId)?.value.display_name ?? null }));
}

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    researcherId: row.researcherId,
    status: row.status,
    rule: row.rule,
    reason: claimReason(row.status, row.rule, row.evidence),
    evidence: row.evidence,
    level: row.level,
    openToCollaborate: row.openToCollaborate,
    headline: row.headline,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt.toISOString(),
  };
}
