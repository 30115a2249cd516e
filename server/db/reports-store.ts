import { randomUUID } from 'node:crypto';
import type { ReportRequest } from '../../lib/api/actions';
import type { Db } from './client';
import { reports } from './schema';

/** Stores a "Not me?" report for review. */
export async function fileReport(db: Db, req: ReportRequest, reporter: { userId: string | null; clientKey: string }, now: Date): Promise<string> {
  const id = randomUUID();
  await db.insert(reports).values({
    id,
    researcherId: req.researcherId,
    paper: req.paper ?? null,
    reason: req.reason,
    userId: reporter.userId,
    reporterHash: reporter.clientKey,
    createdAt: now,
  });
  return id;
}
