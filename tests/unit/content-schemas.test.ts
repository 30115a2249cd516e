import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { parseResolveReply } from '../../entrypoints/content/parse-reply';
import { ResolveReplyMini } from '../../entrypoints/content/reply-schema';
import { ResolveReply } from '../../lib/messages';
import { paperResult, researcher, resolvedMatch } from './sample-results';

const valid: unknown[] = [
  { ok: true, papers: [] },
  { ok: true, papers: [paperResult('1706.03762', [resolvedMatch(1), resolvedMatch(2, { orcid: '0000-0002-1825-0097' })])] },
  { ok: true, papers: [{ doi: '10.1/x', workId: null, authors: [{ position: 1, state: 'unresolved', confidence: 0, reason: 'No work found' }] }] },
  { ok: true, papers: [{ workId: 'W1', authors: [{ position: 3, state: 'ambiguous', confidence: 0.5, candidates: [researcher(), researcher({ id: 'A5000000001', name: 'A. Vaswani' })] }] }] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { trust: { score: null, band: null, verification: 'L0', claimed: false, heldBy: null } })])] },
  { ok: false, error: 'The PeerLens service cannot be reached.', retryable: true },
  { ok: true, papers: [paperResult('2605.04321', [{ ...resolvedMatch(1), method: 'semantic-scholar' }, { ...resolvedMatch(2), method: 'coauthors' }])] },
  { ok: true, papers: [{ arxivId: '1', workId: null, authors: [{ position: 1, state: 'unresolved', confidence: 0, reason: 'OpenAlex has no record of this arXiv paper.', reasonCode: 'paper-not-in-openalex' }] }] },
];

const invalid: unknown[] = [
  undefined,
  null,
  'ok',
  { ok: 'yes', papers: [] },
  { ok: true },
  { ok: false, error: 'x' },
  { ok: true, papers: [paperResult('1', [resolvedMatch(0)])] },
  { ok: true, papers: [paperResult('1', [{ ...resolvedMatch(1), state: 'certain' as never }])] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { id: 'W123' })])] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { orcid: '0000-0002-1825-0098' })])] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { trust: { score: 101, band: 'Emerging', verification: 'L1', claimed: false, heldBy: null } })])] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { trust: { score: 21.5, band: 'Emerging', verification: 'L1', claimed: false, heldBy: null } })])] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { counts: { works: -1, followers: 0, topics: 0, closeCollaborators: 0 } })])] },
  { ok: true, papers: [{ arxivId: '1', authors: [] }] },
  { ok: true, papers: [paperResult('1', [{ ...resolvedMatch(1), method: 'guess' as never }])] },
  { ok: true, papers: [paperResult('1', [{ ...resolvedMatch(1), reasonCode: 'because' as never }])] },
];

describe('content-script reply schema (zod/mini) mirrors ResolveReply', () => {
  it('infers the same type', () => {
    expectTypeOf<z.infer<typeof ResolveReplyMini>>().toEqualTypeOf<ResolveReply>();
  });

  it('accepts what ResolveReply accepts', () => {
    for (const reply of valid) {
      expect(ResolveReply.safeParse(reply).success).toBe(true);
      expect(parseResolveReply(reply)).toEqual(ResolveReply.parse(reply));
    }
  });

  it('refuses what ResolveReply refuses', () => {
    for (const reply of invalid) {
      expect(ResolveReply.safeParse(reply).success).toBe(false);
      expect(parseResolveReply(reply)).toBeNull();
    }
  });
});
