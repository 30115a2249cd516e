import { expect } from 'vitest';
import { ResolveResponse } from '../../../lib/api/resolve';
import type { ActionsService } from './actions-service';

/** Resolves papers through the service so their works (and authors' records) are stored, as a reader's visit does. */
export async function visitPapers(svc: ActionsService, papers: Array<{ doi: string; authors: string[] }>): Promise<ResolveResponse> {
  const res = await svc.call('POST', '/v1/resolve', null, { papers: papers.map((p) => ({ doi: p.doi, authors: p.authors.map((name) => ({ name })) })) });
  expect(res.status).toBe(200);
  return ResolveResponse.parse(await res.json());
}

/** The PeerJ paper: Piwowar, Priem and colleagues (all nine authors have OpenAlex records in the fixtures). */
export const PEERJ = {
  doi: '10.7717/peerj.4375',
  authors: ['Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias', 'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein'],
};

/** Two works of Joseph Mearman (A5017898742, no ORCID iD in OpenAlex) that carry DOIs. */
export const MEARMAN_PAPERS = [
  { doi: '10.1145/2795233', authors: ['Helen Cabot Miles'] },
  { doi: '10.48550/arxiv.2108.04680', authors: ['Jonathan C. Roberts', 'Joseph Mearman'] },
];
