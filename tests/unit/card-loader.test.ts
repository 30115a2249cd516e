import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CARD_FACTORY_KEY,
  CARD_LOAD_ERROR,
  cardLoader,
  createLazyCardPopover,
  registerCardFactory,
  registeredCardFactory,
  type CardPopover,
  type CardPopoverFactory,
} from '../../entrypoints/content/card-loader';
import { createLoadCardHandler, type CardScripting } from '../../entrypoints/background/sites/card-injection';
import { CARD_FILE } from '../../lib/protocol-names';
import { routeWith } from './background/route';
import { createCardPopover } from '../../entrypoints/card/card-popover';
import type { BadgeRecord } from '../../entrypoints/content/controller';
import { startBadges } from '../../entrypoints/content/controller';
import { parseResolveReply } from '../../entrypoints/content/parse-reply';
import { detectArxivAbs } from '../../lib/detect/arxiv-abs';
import type { ResolveMessage } from '../../lib/protocol';
import { loadIntoDocument } from './fixtures';
import { profile } from './sample-profile';
import { paperResult, resolvedMatch } from './sample-results';

const aborts: AbortController[] = [];
afterEach(() => {
  aborts.splice(0).forEach((a) => a.abort());
  vi.restoreAllMocks();
});

const tick = () => new Promise((r) => setTimeout(r, 0));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function badgeRecord(name: string): BadgeRecord {
  const host = document.createElement('span');
  host.setAttribute('tabindex', '0');
  host.setAttribute('aria-expanded', 'false');
  host.setAttribute('title', `${name}: Trust 21`);
  document.body.append(host);
  return { host, author: { name, position: 1 } as BadgeRecord['author'], paper: {} as BadgeRecord['paper'], state: 'resolved' };
}

function fakeCard() {
  const calls: string[] = [];
  const card: CardPopover = {
    toggle: (r) => void calls.push(`toggle ${r.author.name}`),
    update: (r) => void calls.push(`update ${r.author.name}`),
    close: (f) => void calls.push(`close ${f}`),
  };
  const factory = vi.fn<CardPopoverFactory>(() => card);
  return { calls, factory };
}

function lazy(load: () => Promise<CardPopoverFactory>) {
  const abort = new AbortController();
  aborts.push(abort);
  const retry = () => {};
  const options = { papers: [] };
  return { card: createLazyCardPopover(load, document, abort.signal, retry, options), abort, retry, options };
}

describe('lazy card popover (the content script side)', () => {
  it('loads nothing until the first toggle, queues that toggle until the card arrives, then forwards every call', async () => {
    const { calls, factory } = fakeCard();
    const load = deferred<CardPopoverFactory>();
    const loadSpy = vi.fn(() => load.promise);
    const { card, abort, retry, options } = lazy(loadSpy);
    const a = badgeRecord('Ashish Vaswani');
    const b = badgeRecord('Noam Shazeer');

    card.update(a);
    card.close(true);
    expect(loadSpy).not.toHaveBeenCalled();

    card.toggle(a);
    // The badge shows at once that its card is opening; the card itself is on its way.
    expect(a.host.getAttribute('aria-expanded')).toBe('true');
    expect(loadSpy).toHaveBeenCalledTimes(1);
    card.update(a); // nothing to redraw yet: the queued open draws the record as it is then
    expect(calls).toEqual([]);

    load.resolve(factory);
    await tick();
    expect(factory).toHaveBeenCalledWith(document, abort.signal, retry, options);
    expect(calls).toEqual(['toggle Ashish Vaswani']);

    card.update(a);
    card.toggle(b);
    card.close(false);
    expect(calls).toEqual(['toggle Ashish Vaswani', 'update Ashish Vaswani', 'toggle Noam Shazeer', 'close false']);
    expect(loadSpy).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('a toggle shut, or a close, before the card arrives leaves nothing open; another badge replaces the queued one', async () => {
    const { calls, factory } = fakeCard();
    const load = deferred<CardPopoverFactory>();
    const { card } = lazy(() => load.promise);
    const a = badgeRecord('A');
    const b = badgeRecord('B');

    card.toggle(a);
    card.toggle(a);
    expect(a.host.getAttribute('aria-expanded')).toBe('false');
    card.toggle(a);
    card.toggle(b);
    expect(a.host.getAttribute('aria-expanded')).toBe('false');
    expect(b.host.getAttribute('aria-expanded')).toBe('true');
    card.close(true);
    expect(b.host.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(b.host);

    load.resolve(factory);
    await tick();
    expect(factory).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
  });

  it('a failed load throws nothing into the page: the badge gets an error tooltip, and the next open tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { calls, factory } = fakeCard();
    const load = vi.fn<() => Promise<CardPopoverFactory>>().mockRejectedValueOnce(new Error('refused')).mockResolvedValueOnce(factory);
    const { card } = lazy(load);
    const a = badgeRecord('A');
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);

    expect(() => card.toggle(a)).not.toThrow();
    await tick();
    expect(a.host.getAttribute('aria-expanded')).toBe('false');
    expect(a.host.getAttribute('title')).toBe(CARD_LOAD_ERROR);
    expect(document.querySelector('[data-peerlens="card"]')).toBeNull();
    expect(warn).toHaveBeenCalled();

    card.toggle(a);
    await tick();
    expect(load).toHaveBeenCalledTimes(2);
    expect(calls).toEqual(['toggle A']);
    expect(a.host.getAttribute('title')).toBe('A: Trust 21'); // the badge's own tooltip is back
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('a card that throws while opening, or a load that ends after the script ended, throws nothing either', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const throwing = lazy(async () => () => ({ toggle: () => { throw new Error('boom'); }, update() {}, close() {} }));
    const a = badgeRecord('A');
    throwing.card.toggle(a);
    await tick();
    expect(a.host.getAttribute('aria-expanded')).toBe('false');

    const { factory } = fakeCard();
    const load = deferred<CardPopoverFactory>();
    const late = lazy(() => load.promise);
    late.card.toggle(badgeRecord('B'));
    late.abort.abort();
    load.resolve(factory);
    await tick();
    expect(factory).not.toHaveBeenCalled();
  });

  it('with the real card loaded, a click on a badge of a saved arXiv page opens it with focus inside; Escape closes', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    const abort = new AbortController();
    aborts.push(abort);
    const papers = detectArxivAbs(document);
    const card = createLazyCardPopover(async () => createCardPopover, document, abort.signal, () => {}, {
      papers,
      send: async (m) => {
        if (m.type !== 'peerlens:profile') return { ok: true };
        const p = profile();
        return { ok: true, profile: { summary: p.summary, breakdown: p.breakdown, topics: p.topics } };
      },
    });
    const controller = startBadges({
      papers,
      send: async (m: ResolveMessage) => ({ ok: true, papers: [paperResult('1706.03762', m.papers[0]!.authors.map((_, i) => resolvedMatch(i + 1)))] }),
      parseReply: parseResolveReply,
      signal: abort.signal,
      onOpen: (r) => card.toggle(r),
      onUpdate: (r) => card.update(r),
    });
    await controller.settled();
    const badge = document.querySelector<HTMLElement>('[data-peerlens="badge"]')!;
    const host = () => document.querySelector<HTMLElement>('[data-peerlens="card"]');
    badge.click();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(host()).toBeNull(); // still loading
    await tick();
    expect(host()!.shadowRoot!.textContent).toContain('Trust 21 · Emerging');
    expect(host()!.shadowRoot!.activeElement?.getAttribute('role')).toBe('dialog');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(badge);
  });
});

describe('card loader (card.js into this isolated world)', () => {
  it('returns the factory that card.js registers on this world, importing again on every load', async () => {
    const world = {};
    const factory = vi.fn() as unknown as CardPopoverFactory;
    const importUrl = vi.fn(async () => registerCardFactory(factory, world));
    const load = cardLoader({ importUrl, global: world });
    expect(await load()).toBe(factory);
    expect(registeredCardFactory(world)).toBe(factory);
    expect(await load()).toBe(factory);
    expect(importUrl).toHaveBeenCalledTimes(2);
  });

  it('never takes a factory left by an earlier run (an extension reload): only what this load registers', async () => {
    const world: Record<symbol, unknown> = { [CARD_FACTORY_KEY]: () => 'stale' };
    const load = cardLoader({ importUrl: async () => undefined, global: world });
    await expect(load()).rejects.toThrow(/registered no card/);
  });

  it('falls back to the background when import() is refused (a site the reader added), and fails when both do', async () => {
    const world = {};
    const factory = vi.fn() as unknown as CardPopoverFactory;
    const inject = vi.fn(async () => registerCardFactory(factory, world));
    const load = cardLoader({ importUrl: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), inject, global: world });
    expect(await load()).toBe(factory);
    expect(inject).toHaveBeenCalledTimes(1);

    const refused = cardLoader({ importUrl: () => Promise.reject(new TypeError('refused')), inject: () => Promise.reject(new Error('no')), global: {} });
    await expect(refused()).rejects.toThrow('no');
    const noFallback = cardLoader({ importUrl: () => Promise.reject(new TypeError('refused')), global: {} });
    await expect(noFallback()).rejects.toThrow('refused');
  });
});

describe('loading the card from the background (sites the reader added)', () => {
  const EXT = 'mcchdoldcfgpppgmecbkncgamdiejlom';
  const ORIGIN = `chrome-extension://${EXT}/`;
  const message = { type: 'peerlens:load-card' };
  function deps(served = true, scripting?: CardScripting | null) {
    const executeScript = vi.fn(async () => [] as unknown);
    const handlers = { 'peerlens:load-card': createLoadCardHandler(scripting === null ? undefined : (scripting ?? { executeScript })) };
    return { load: routeWith({ extensionId: EXT, extensionOrigin: ORIGIN, served: () => served, handlers }), executeScript };
  }
  const sender = { id: EXT, url: 'https://firstmonday.org/ojs/index.php/fm/article/view/10274', frameId: 3, tab: { id: 7 } };

  it("runs card.js in the asking frame's isolated world", async () => {
    const { load, executeScript } = deps();
    expect(await load(message, sender)).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [CARD_FILE] });
    expect(CARD_FILE).toBe('/card.js');
  });

  it('refuses other extensions, non-tab senders, pages PeerLens does not serve, and reports a failed injection', async () => {
    const { load, executeScript } = deps();
    expect(load(message, { ...sender, id: 'other' })).toBeUndefined();
    expect(load(message, { id: EXT, url: `${ORIGIN}popup.html` })).toBeUndefined();
    expect(load(message, { ...sender, frameId: undefined })).toBeUndefined();
    expect(deps(false).load(message, sender)).toBeUndefined();
    expect(await deps(true, null).load(message, sender)).toEqual({ ok: false });
    expect(executeScript).not.toHaveBeenCalled();
    const failing = deps(true, { executeScript: () => Promise.reject(new Error('Cannot access contents of the page')) });
    expect(await failing.load(message, sender)).toEqual({ ok: false });
  });
});
