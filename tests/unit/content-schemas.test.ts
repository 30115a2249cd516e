/**
 * The content scripts and the card check the background's replies with `zod/mini` schemas (their size budget);
 * the background and pages use the full-zod ones. Both are fed the same payloads — every reply shape the
 * other tests use (sample-results.ts, sample-profile.ts, card-popover.test.ts) and every mutation of them
 * (a field missing, of the wrong type, out of range, an extra key) — and must accept and refuse exactly alike.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { CardStateMini } from '../../entrypoints/card/card-state-mini';
import { ProfileReplyMini } from '../../entrypoints/card/profile-reply-schema';
import { parseResolveReply } from '../../entrypoints/content/parse-reply';
import { ResolveReplyMini } from '../../entrypoints/content/reply-schema';
import { CardState } from '../../lib/protocol';
import { fullFromMini } from '../../lib/api/full-from-mini';
import { ResearcherProfile } from '../../lib/api/profile';
import { ResolveResponse } from '../../lib/api/resolve';
import { ProfileReply, ResolveReply } from '../../lib/protocol';
import { breakdown, profile } from './sample-profile';
import { paperResult, researcher, resolvedMatch } from './sample-results';

interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

type Path = (string | number)[];

/** Values put in place of every field and element: wrong types, out-of-range numbers, malformed ids. */
const ODD_VALUES: unknown[] = [
  undefined, null, true, '', 'x', 'W123', 'A5023888391', '0000-0002-1825-0098', 'L9', 'Famous',
  0, -1, 1.5, 2, 101, 3601, 1e9, Number.NaN, [], {}, [{}],
];

/** Every node of a JSON value with its path, the root first. */
function nodes(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const out = [{ path, value }];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...nodes(item, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...nodes(v, [...path, k]));
  return out;
}

/** A copy of `root` with the node at `path` replaced (or deleted with `remove`). */
function changed(root: unknown, path: Path, replace: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return undefined;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  replace(parent, path[path.length - 1]!);
  return copy;
}

/** The payload itself and its mutations: each node missing, replaced by each odd value, or given an extra key. */
function mutations(payload: unknown): { label: string; value: unknown }[] {
  const out: { label: string; value: unknown }[] = [{ label: 'as recorded', value: payload }];
  for (const { path, value } of nodes(payload)) {
    const at = path.join('.') || '(root)';
    if (path.length > 0) {
      out.push({ label: `${at} missing`, value: changed(payload, path, (p, k) => (Array.isArray(p) ? p.splice(k as number, 1) : delete p[k])) });
      for (const odd of ODD_VALUES) out.push({ label: `${at} = ${JSON.stringify(odd) ?? 'undefined'}`, value: changed(payload, path, (p, k) => (p[k] = odd)) });
    } else {
      for (const odd of ODD_VALUES) out.push({ label: `(root) = ${JSON.stringify(odd) ?? 'undefined'}`, value: odd });
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const extra = structuredClone(payload);
      const target = path.reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, extra as Record<string | number, unknown>);
      target.unexpected = 1;
      out.push({ label: `${at} with an extra key`, value: extra });
    }
  }
  return out;
}

/** Where the two schemas disagree (a verdict, or the data a success gives), as readable lines. */
function disagreements(full: Schema, mini: Schema, payloads: unknown[]): string[] {
  const out: string[] = [];
  for (const payload of payloads) {
    for (const { label, value } of mutations(payload)) {
      const a = full.safeParse(value);
      const b = mini.safeParse(value);
      if (a.success !== b.success) out.push(`${label}: full ${a.success ? 'accepts' : 'refuses'}, mini ${b.success ? 'accepts' : 'refuses'}`);
      else if (a.success && JSON.stringify(a.data) !== JSON.stringify(b.data)) out.push(`${label}: different data`);
    }
  }
  return out;
}

/** How many of the payloads' mutations the full schema refuses: the check must really be exercised. */
function refused(full: Schema, payloads: unknown[]): number {
  return payloads.flatMap(mutations).filter(({ value }) => !full.safeParse(value).success).length;
}

const p = profile();

const resolveReplies: unknown[] = [
  { ok: true, papers: [] },
  { ok: true, papers: [paperResult('1706.03762', [resolvedMatch(1), resolvedMatch(2, { orcid: '0000-0002-1825-0097' })])] },
  { ok: true, papers: [{ doi: '10.1/x', title: 'T', year: 2017, workId: null, retryAfterSeconds: 5, authors: [{ position: 1, state: 'unresolved', confidence: 0, reason: 'No work found' }] }] },
  { ok: true, papers: [{ workId: 'W1', authors: [{ position: 3, state: 'ambiguous', confidence: 0.5, method: 'coauthors', candidates: [researcher(), researcher({ id: 'A5000000001', name: 'A. Vaswani' })] }] }] },
  { ok: true, papers: [paperResult('1', [resolvedMatch(1, { trust: { score: null, band: null, verification: 'L0', claimed: false, heldBy: null, disputed: true } })])] },
  { ok: true, papers: [paperResult('2605.04321', [{ ...resolvedMatch(1), method: 'semantic-scholar' }, { ...resolvedMatch(2), method: 'coauthors' }])] },
  { ok: true, papers: [{ arxivId: '1', workId: null, authors: [{ position: 1, state: 'unresolved', confidence: 0, reason: 'OpenAlex has no record of this arXiv paper.', reasonCode: 'paper-not-in-openalex' }] }] },
  { ok: false, error: 'The PeerLens service cannot be reached.', retryable: true },
];

const profileReplies: unknown[] = [
  { ok: true, profile: { summary: p.summary, breakdown: p.breakdown, topics: p.topics } },
  {
    ok: true,
    profile: {
      summary: researcher({ orcid: '0000-0002-1825-0097', affiliation: 'Google', trust: { score: 48, band: 'Developing', verification: 'L3', claimed: true, heldBy: 'L3 caps the band', disputed: false } }),
      breakdown: breakdown({
        score: null, band: null, verification: 'L0',
        parts: [{ key: 'identity', label: 'Identity', points: 4, max: 25, inputs: [{ label: 'Works', value: 8, points: 4, max: 4, source: 'OpenAlex', basis: 'from 8 works', evidence: 0.5 }] }],
        penalties: [{ label: 'Retracted works', count: 1, points: -2, source: 'OpenAlex' }],
      }),
      topics: [],
    },
  },
  { ok: false, error: 'No such researcher.', status: 404, retryable: false },
  { ok: false, error: 'unreachable', status: null, retryable: true },
];

const cardStates: unknown[] = [
  { nonce: 'n-1', following: false, followers: 3, claimed: false, connectReason: 'This researcher has not claimed their record yet', canClaim: true },
  { nonce: 'n-2', following: true, followers: null, claimed: true, connectReason: null, canClaim: false },
];

describe('content-side schemas (zod/mini) accept and refuse exactly what the full-zod ones do', () => {
  it('infer the same types', () => {
    expectTypeOf<zm.infer<typeof ResolveReplyMini>>().toEqualTypeOf<ResolveReply>();
    expectTypeOf<zm.infer<typeof ProfileReplyMini>>().toEqualTypeOf<ProfileReply>();
    expectTypeOf<zm.infer<typeof CardStateMini>>().toEqualTypeOf<CardState>();
  });

  it('the resolve reply (badges)', () => {
    expect(disagreements(ResolveReply, ResolveReplyMini, resolveReplies)).toEqual([]);
    expect(refused(ResolveReply, resolveReplies)).toBeGreaterThan(1000);
  });

  it('the profile reply (the card\u2019s snapshot, "Why this score?" and topics)', () => {
    expect(disagreements(ProfileReply, ProfileReplyMini, profileReplies)).toEqual([]);
    expect(refused(ProfileReply, profileReplies)).toBeGreaterThan(1000);
  });

  it('the card state (follow and claim)', () => {
    expect(disagreements(CardState, CardStateMini, cardStates)).toEqual([]);
    expect(refused(CardState, cardStates)).toBeGreaterThan(100);
  });

  it('what a content script reads from a reply is what the full schema gives, or null', () => {
    for (const { value } of resolveReplies.flatMap(mutations)) {
      const full = ResolveReply.safeParse(value);
      expect(parseResolveReply(value)).toEqual(full.success ? full.data : null);
    }
  });

  it('the full schemas are full zod all the way down (its objects compile a fast parser, mini ones do not)', () => {
    const miniNodes = (schema: unknown, path: string): string[] => {
      if (!(schema instanceof z.ZodType)) return [path];
      const def = schema.def as unknown as Record<string, unknown>;
      const children = [def.shape ? Object.entries(def.shape as object) : [], [['[]', def.element], ['?', def.innerType]], ((def.options as unknown[]) ?? []).map((o, i) => [`|${i}`, o])]
        .flat()
        .filter((entry): entry is [string, unknown] => entry[1] !== undefined);
      return children.flatMap(([key, child]) => miniNodes(child, `${path}.${key}`));
    };
    expect([...miniNodes(ResolveResponse, 'ResolveResponse'), ...miniNodes(ResearcherProfile, 'ResearcherProfile'), ...miniNodes(ResolveReply, 'ResolveReply')]).toEqual([]);
    expect(() => fullFromMini(zm.date())).toThrow(/no full-zod form for a date schema/);
  });
});
