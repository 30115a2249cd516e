import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createChoiceStore } from '../../../entrypoints/background/choices';
import { createProfileCache } from '../../../entrypoints/background/profile-cache';
import { createPaperHandlers } from '../../../entrypoints/background/resolver/paper-handlers';
import { routeWith } from './route';
import type { Resolver } from '../../../entrypoints/background/resolver/resolver';
import { breakdown, profile } from '../sample-profile';
import { paperResult, researcher, resolvedMatch } from '../sample-results';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;
const ON_ARXIV = { id: EXT_ID, url: 'https://arxiv.org/abs/1706.03762v7', tab: { id: 7 } };

afterEach(() => fakeBrowser.reset());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function setup(fetchImpl: typeof fetch) {
  const resolve = vi.fn<Resolver['resolve']>(async () => ({ ok: true, papers: [] }));
  const refreshResearcher = vi.fn<Resolver['refreshResearcher']>(async () => undefined);
  const opened: string[] = [];
  const handlers = createPaperHandlers({
    resolver: { resolve, refreshResearcher },
    profiles: createProfileCache({ serviceUrl: async () => 'http://127.0.0.1:9911', fetch: fetchImpl }),
    choices: createChoiceStore(fakeBrowser.storage.local),
    openProfile: async (id) => void opened.push(id),
  });
  const handle = routeWith({ extensionId: EXT_ID, extensionOrigin: EXT_ORIGIN, handlers });
  return { handle, resolve, refreshResearcher, opened };
}

describe('peerlens:profile', () => {
  it('answers the card with summary, breakdown and topics, fetching a profile once however often it is asked', async () => {
    const p = profile();
    const fetchImpl = vi.fn(async () => json(p));
    const { handle, refreshResearcher } = setup(fetchImpl as unknown as typeof fetch);
    const message = { type: 'peerlens:profile', id: 'A5023888391' };
    const [a, b] = await Promise.all([handle(message, ON_ARXIV), handle(message, ON_ARXIV)]);
    // The profile's (fresher) snapshot goes into the cached page answers too.
    expect(refreshResearcher).toHaveBeenCalledWith(p.summary);
    expect(a).toEqual({ ok: true, profile: { summary: p.summary, breakdown: p.breakdown, topics: p.topics } });
    expect(b).toEqual(a);
    expect(await handle(message, ON_ARXIV)).toEqual(a);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(String((fetchImpl.mock.calls[0] as unknown[])[0])).toBe('http://127.0.0.1:9911/v1/researchers/A5023888391');
  });

  it('answers a 404 and an unreachable service as errors with their status, and does not cache failures', async () => {
    let calls = 0;
    const fetchImpl = (async () => (++calls === 1 ? json({ error: 'No such researcher.' }, 404) : Promise.reject(new TypeError('Failed to fetch')))) as unknown as typeof fetch;
    const { handle } = setup(fetchImpl);
    const message = { type: 'peerlens:profile', id: 'A5000000404' };
    expect(await handle(message, ON_ARXIV)).toEqual({ ok: false, error: 'No such researcher.', status: 404, retryable: false });
    expect(await handle(message, ON_ARXIV)).toEqual({ ok: false, error: 'The PeerLens service cannot be reached.', status: null, retryable: true });
  });

  it('ignores bad ids and other senders', () => {
    const { handle } = setup((async () => json({})) as unknown as typeof fetch);
    expect(handle({ type: 'peerlens:profile', id: 'W123' }, ON_ARXIV)).toBeUndefined();
    expect(handle({ type: 'peerlens:profile', id: 'A5023888391', extra: 1 }, ON_ARXIV)).toBeUndefined();
    expect(handle({ type: 'peerlens:profile', id: 'A5023888391' }, { ...ON_ARXIV, url: 'https://evil.example/' })).toBeUndefined();
  });
});

describe('peerlens:open-profile', () => {
  it('opens the profile page for a trusted sender only', async () => {
    const { handle, opened } = setup((async () => json({})) as unknown as typeof fetch);
    expect(await handle({ type: 'peerlens:open-profile', id: 'A5023888391' }, ON_ARXIV)).toEqual({ ok: true });
    expect(handle({ type: 'peerlens:open-profile', id: 'A5023888391' }, { id: 'other-extension', url: ON_ARXIV.url, tab: {} })).toBeUndefined();
    expect(opened).toEqual(['A5023888391']);
  });
});

describe('peerlens:choose: a pick among candidates, remembered for that name on that paper', () => {
  const candidates = [researcher({ id: 'A5000000001', name: 'Tom B. Brown' }), researcher({ id: 'A5000000002', name: 'Tom Brown' })];
  const ambiguous = { position: 2, state: 'ambiguous' as const, confidence: 0.5, candidates };
  const papers = [{ arxivId: '2005.14165', authors: [{ name: 'Ben Mann' }, { name: 'Tom Brown' }] }];

  it('is applied to later resolve answers (cached or not), and forgotten on request', async () => {
    const { handle, resolve } = setup((async () => json({})) as unknown as typeof fetch);
    resolve.mockImplementation(async () => ({ ok: true, papers: [paperResult('2005.14165', [resolvedMatch(1), ambiguous])] }));
    const ask = () => handle({ type: 'peerlens:resolve', papers }, ON_ARXIV);

    expect(await ask()).toMatchObject({ ok: true, papers: [{ authors: [{ state: 'resolved' }, { state: 'ambiguous' }] }] });
    const pick = { type: 'peerlens:choose', paper: { arxivId: '2005.14165' }, position: 2, name: 'Tom Brown', researcherId: 'A5000000002' };
    expect(await handle(pick, ON_ARXIV)).toEqual({ ok: true });
    const stored = await fakeBrowser.storage.local.get(null);
    // The format choices have always been stored under: a new version must keep reading them.
    expect(stored).toEqual({ 'choice:arxiv:2005.14165|2|tom brown': 'A5000000002' });

    const after = await ask();
    expect(after).toMatchObject({ ok: true, papers: [{ authors: [{ state: 'resolved' }, { state: 'resolved', researcher: { id: 'A5000000002' }, candidates }] }] });

    expect(await handle({ ...pick, researcherId: null }, ON_ARXIV)).toEqual({ ok: true });
    expect(await ask()).toMatchObject({ ok: true, papers: [{ authors: [{}, { state: 'ambiguous' }] }] });
  });

  it('does not apply to the same name on another paper or at another position, nor to an id that is not a candidate', async () => {
    const store = createChoiceStore(fakeBrowser.storage.local);
    await store.remember({ type: 'peerlens:choose', paper: { arxivId: '1706.03762' }, position: 2, name: 'Tom Brown', researcherId: 'A5000000002' });
    await store.remember({ type: 'peerlens:choose', paper: { arxivId: '2005.14165' }, position: 1, name: 'Tom Brown', researcherId: 'A5000000002' });
    const out = await store.apply(papers, [paperResult('2005.14165', [resolvedMatch(1), ambiguous])]);
    expect(out[0]!.authors[1]!.state).toBe('ambiguous');
    await store.remember({ type: 'peerlens:choose', paper: { arxivId: '2005.14165' }, position: 2, name: 'tom brown ', researcherId: 'A5000000009' });
    expect((await store.apply(papers, [paperResult('2005.14165', [resolvedMatch(1), ambiguous])]))[0]!.authors[1]!.state).toBe('ambiguous');
  });

  it('keeps reading choices stored by earlier versions (same key format)', async () => {
    // As an earlier version wrote it: `choice:` + paperKey + position + lower-cased name.
    await fakeBrowser.storage.local.set({ 'choice:arxiv:2005.14165|2|tom brown': 'A5000000002', 'choice:doi:10.7717/peerj.4375|2|tom brown': 'A5000000001' });
    const store = createChoiceStore(fakeBrowser.storage.local);
    const out = await store.apply(papers, [paperResult('2005.14165', [resolvedMatch(1), ambiguous])]);
    expect(out[0]!.authors[1]).toMatchObject({ state: 'resolved', researcher: { id: 'A5000000002' } });
    const byDoi = [{ doi: '10.7717/PeerJ.4375', authors: [{ name: 'Ben Mann' }, { name: 'Tom Brown' }] }];
    const outDoi = await store.apply(byDoi, [{ ...paperResult('x', [resolvedMatch(1), ambiguous]), arxivId: undefined, doi: '10.7717/peerj.4375' }]);
    expect(outDoi[0]!.authors[1]).toMatchObject({ state: 'resolved', researcher: { id: 'A5000000001' } });
  });

  it('remembers a pick on a paper known only by its title, for that title and year only', async () => {
    const { handle, resolve } = setup((async () => json({})) as unknown as typeof fetch);
    const byTitle = [{ title: 'Language Models are Few-Shot Learners', year: 2020, authors: [{ name: 'Ben Mann' }, { name: 'Tom Brown' }] }];
    resolve.mockImplementation(async () => ({ ok: true, papers: [{ ...paperResult('x', [resolvedMatch(1), ambiguous]), arxivId: undefined }] }));
    const pick = { type: 'peerlens:choose', paper: { title: 'Language Models are Few-Shot Learners', year: 2020 }, position: 2, name: 'Tom Brown', researcherId: 'A5000000002' };
    expect(await handle(pick, ON_ARXIV)).toEqual({ ok: true });
    expect(await handle({ type: 'peerlens:resolve', papers: byTitle }, ON_ARXIV)).toMatchObject({ papers: [{ authors: [{}, { state: 'resolved', researcher: { id: 'A5000000002' } }] }] });
    const otherYear = [{ ...byTitle[0]!, year: 2021 }];
    expect(await handle({ type: 'peerlens:resolve', papers: otherYear }, ON_ARXIV)).toMatchObject({ papers: [{ authors: [{}, { state: 'ambiguous' }] }] });
    // A pick on a paper with neither identifier nor title is kept nowhere: it would apply to every such paper.
    await fakeBrowser.storage.local.clear();
    expect(await handle({ ...pick, paper: {} }, ON_ARXIV)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses malformed picks', () => {
    const { handle } = setup((async () => json({})) as unknown as typeof fetch);
    const good = { type: 'peerlens:choose', paper: { arxivId: '2005.14165' }, position: 2, name: 'Tom Brown', researcherId: 'A5000000002' };
    for (const bad of [
      { ...good, position: 0 },
      { ...good, researcherId: 'nope' },
      { ...good, paper: { arxivId: 'x' } },
      { ...good, name: '  ' },
      { ...good, url: 'https://arxiv.org/' },
    ]) {
      expect(handle(bad, ON_ARXIV)).toBeUndefined();
    }
  });
});
