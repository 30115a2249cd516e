import { describe, expect, it } from 'vitest';
import { describeEvaluation, evaluateWithheldWorks, evaluationWorks } from '../../server/dev/unindexed-evaluation';
import { useTestService, type TestService } from './support/service';

describe('evaluation: real works withheld from the OpenAlex stand-in, a namesake for every author', () => {
  let svc: TestService;
  useTestService((s) => (svc = s));

  it('with every source (Semantic Scholar recordings, Crossref records): ≥ 60% of eligible authors resolved, ≤ 1% wrong', async () => {
    const works = evaluationWorks();
    expect(works.length).toBeGreaterThanOrEqual(15);
    const r = await evaluateWithheldWorks(svc, works);
    console.log(['All sources:', ...describeEvaluation(r)].join('\n'));
    expect(r.failures).toBe(0);
    expect(r.wrong).toBeLessThanOrEqual(Math.floor(r.resolved * 0.01));
    expect(r.eligibleResolvedRight / r.eligible).toBeGreaterThanOrEqual(0.6);
  }, 240_000);

  it('with co-author evidence from OpenAlex alone (Semantic Scholar and Crossref know none of the papers)', async () => {
    svc.clock.now = new Date(svc.clock.now.getTime() + 24 * 3600_000); // past the answers the first run stored
    svc.s2.setFault(() => ({ kind: 'status', status: 404 }));
    svc.crossref.setFault(() => ({ kind: 'status', status: 404 }));
    const r = await evaluateWithheldWorks(svc, evaluationWorks());
    console.log(['Co-author evidence alone:', ...describeEvaluation(r)].join('\n'));
    expect(r.failures).toBe(0);
    expect(r.wrong).toBeLessThanOrEqual(Math.floor(r.resolved * 0.01));
    expect(r.eligibleResolvedRight / r.eligible).toBeGreaterThanOrEqual(0.6);
  }, 240_000);
});
