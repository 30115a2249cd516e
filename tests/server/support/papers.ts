import { expect } from 'vitest';
import { ResolveResponse } from '../../../lib/api/resolve';
import type { ActionsService } from './actions-service';

/** Resolves papers through the service so their works (and authors' records) are stored, as a reader's visit does. */
export async function visitPapers(svc: ActionsService, papers: Array<{ doi: string; authors: string[] }>): Promise<ResolveResponse> {
  const res = await svc.call('POST', '/v1/resolve', null, { papers: papers.map((p) => ({ doi: p.doi, authors: p.authors.map((name) => ({ name })) })) });
  expect(res.status).toBe(200);
  return ResolveResponse.parse(await res.json());
}
