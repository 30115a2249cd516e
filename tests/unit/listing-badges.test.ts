/**
 * Listing pages: badges and look-ups for entries near the viewport only, batched (one message per
 * batch, each paper once), later entries as they come near; redraws never double or lose a badge;
 * privacy mode sends nothing until a click.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBadges, type BadgeControllerOptions } from '../../entrypoints/content/controller';
import type { NearWatch } from '../../entrypoints/content/near-viewport';
import { parseResolveReply } from '../../entrypoints/content/parse-reply';
import { detectArxivListing } from '../../lib/detect/arxiv-listing';
import type { ResolveMessage, ResolveReply } from '../../lib/protocol';
import { listingPage, syntheticEntries } from '../../scripts/support/arxiv-listing-page';
import { readPage, savedPage } from '../support/saved-pages';
import { paperResult, resolvedMatch } from './sample-results';

const controllers: AbortController[] = [];
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  vi.useRealTimers();
});

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.body.innerHTML = doc.body.innerHTML;
}

/** Stands in for IntersectionObserver: the test says which entries come near. */
function fakeNear(): NearWatch & { bring(index: number): void; watched(): number } {
  const pending = new Map<Element, () => void>();
  return {
    observe: (target, onNear) => void pending.set(target, onNear),
    reset: () => {
      for (const t of pending.keys()) if (!t.isConnected) pending.delete(t);
    },
    bring(index) {
      const dd = document.querySelectorAll('dl#articles > dd')[index]!;
      const onNear = pending.get(dd);
      pending.delete(dd);
      onNear?.();
    },
    watched: () => pending.size,
  };
}

function allResolved(message: ResolveMessage): ResolveReply {
  return {
    ok: true,
    papers: message.papers.map((p) => paperResult(p.arxivId!, p.authors.map((a, i) => resolvedMatch(i + 1, { id: `A${5000000000 + i}`, name: a.name })))),
  };
}

function start(overrides: Partial<BadgeControllerOptions> = {}) {
  const abort = new AbortController();
  controllers.push(abort);
  const send = vi.fn(async (m: ResolveMessage) => allResolved(m));
  const near = fakeNear();
  const controller = startBadges({
    papers: detectArxivListing(document),
    rescan: () => detectArxivListing(document),
    lazy: true,
    near,
    send,
    parseReply: parseResolveReply,
    signal: abort.signal,
    onOpen: vi.fn(),
    pause: () => Promise.resolve(),
    ...overrides,
  });
  return { controller, send, near };
}

const badges = () => [...document.querySelectorAll<HTMLElement>('[data-peerlens="badge"]')];

describe('badges on a listing page', () => {
  it('badges nothing and sends nothing until entries come near the viewport', async () => {
    vi.useFakeTimers();
    load(listingPage({ category: 'cs.AI', provenance: 'test', entries: syntheticEntries(50) }));
    const { send, near } = start();
    expect(near.watched()).toBe(50);
    await vi.advanceTimersByTimeAsync(1000);
    expect(badges()).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
  });

  it('sends one message per batch window, each paper once, and badges only the entries that came near', async () => {
    vi.useFakeTimers();
    load(listingPage({ category: 'cs.AI', provenance: 'test', entries: syntheticEntries(50) }));
    const { send, near, controller } = start();
    [0, 1, 2].forEach((i) => near.bring(i));
    expect(badges()).toHaveLength(12); // four authors each, placed at once in `loading`
    expect(badges().every((b) => b.dataset.state === 'loading')).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    near.bring(3); // still inside the same ~150 ms window
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].papers.map((p) => p.arxivId)).toEqual(['2501.00001', '2501.00002', '2501.00003', '2501.00004']);

    // The reader scrolls on: the next entries make the next batch.
    near.bring(10);
    near.bring(11);
    near.bring(0); // already asked: never again
    await vi.advanceTimersByTimeAsync(200);
    await controller.settled();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].papers.map((p) => p.arxivId)).toEqual(['2501.00011', '2501.00012']);
    expect(badges()).toHaveLength(24);
    expect(badges().every((b) => b.dataset.state === 'resolved')).toBe(true);
    // Entries far from the viewport have no badges.
    expect(document.querySelectorAll('dl#articles > dd')[30]!.querySelector('[data-peerlens]')).toBeNull();
  });

  it('never sends a paper without an identifier or people: the unavailable list and a collaboration stay unbadged', async () => {
    load(readPage(savedPage('arxiv_list_cs.AI_new.from-arxiv-browse-template.html')));
    const { send, near, controller } = start({ batchMs: 0 });
    for (let i = 0; i < 7; i++) near.bring(i);
    await controller.settled();
    const asked = send.mock.calls.flatMap((c) => c[0].papers.map((p) => p.arxivId));
    expect(asked).toEqual(['1706.03762', '1912.06680', '1512.03385', '2106.09608', '2005.14165', '2501.00007']);
    const names = badges().map((b) => b.dataset.authorName);
    expect(names).not.toContain('OpenAI');
    expect(names).not.toContain('The ATLAS Collaboration');
    expect(names).toHaveLength(8 + 3 + 4 + 2 + 5 + 1);
  });
});

describe('redraws', () => {
  it('a page redrawn three times still has exactly one badge per name, with its answer', async () => {
    load(readPage(savedPage('arxiv_list_cs.AI_new.from-arxiv-browse-template.html')));
    const { send, near, controller } = start({ lazy: false, batchMs: 0 });
    await controller.settled();
    const names = badges().map((b) => b.dataset.authorName);
    expect(names).toHaveLength(23);
    const list = document.querySelector('dl#articles')!;
    for (let round = 0; round < 3; round++) {
      // The page's own script redraws the list from its markup (our badges gone with it)…
      const clean = list.cloneNode(true) as Element;
      clean.querySelectorAll('[data-peerlens]').forEach((b) => b.remove());
      list.innerHTML = clean.innerHTML;
      // …then a second render re-inserts the same authors as new elements.
      await vi.waitFor(() => expect(badges().map((b) => b.dataset.authorName)).toEqual(names));
    }
    await controller.settled();
    for (const link of document.querySelectorAll('.list-authors a')) {
      const after = link.nextElementSibling;
      if (link.textContent === 'OpenAI' || /Collaboration/.test(link.textContent ?? '')) continue;
      expect(after?.getAttribute('data-peerlens')).toBe('badge');
      expect(after?.nextElementSibling?.getAttribute('data-peerlens') ?? null).toBeNull();
    }
    expect(badges().every((b) => b.dataset.state === 'resolved')).toBe(true);
    // Redraws do not ask again: the answers are kept per paper.
    expect(send).toHaveBeenCalledTimes(1);
    void near;
  });

  it('a page script removing a badge gets it back', async () => {
    load(readPage(savedPage('arxiv_list_cs.AI_new.from-arxiv-browse-template.html')));
    const { controller } = start({ lazy: false });
    await controller.settled();
    badges()[0]!.remove();
    await vi.waitFor(() => expect(badges()).toHaveLength(23));
  });
});

describe('privacy mode', () => {
  it('shows idle badges and sends nothing until the reader clicks one; then only that paper', async () => {
    load(readPage(savedPage('arxiv_list_cs.AI_new.from-arxiv-browse-template.html')));
    const { send, near, controller } = start({ privacy: true, batchMs: 0 });
    near.bring(0);
    near.bring(2);
    await new Promise((r) => setTimeout(r, 20));
    expect(send).not.toHaveBeenCalled();
    expect(badges()).toHaveLength(12);
    expect(badges().every((b) => b.dataset.state === 'idle')).toBe(true);
    const kaiming = badges().find((b) => b.dataset.authorName === 'Kaiming He')!;
    expect(kaiming.getAttribute('aria-label')).toBe('PeerLens: look up Kaiming He');
    kaiming.click();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].papers.map((p) => p.arxivId)).toEqual(['1512.03385']);
    await controller.settled();
    expect(kaiming.dataset.state).toBe('resolved');
    expect(badges().find((b) => b.dataset.authorName === 'Ashish Vaswani')!.dataset.state).toBe('idle');
  });
});

describe('density', () => {
  it('score only leaves the level out of the pill but keeps it in the attributes', async () => {
    load(readPage(savedPage('arxiv_list_cs.AI_new.from-arxiv-browse-template.html')));
    const { controller } = start({ lazy: false, density: 'score' });
    await controller.settled();
    const first = badges()[0]!;
    expect(first.shadowRoot?.querySelector('.pill')?.textContent).toBe('21');
    expect(first.dataset.verification).toBe('L1');
  });
});
