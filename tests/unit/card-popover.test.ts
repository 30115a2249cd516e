import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCardPopover } from '../../entrypoints/card/card-popover';
import type { CardMessage } from '../../entrypoints/content/card-loader';
import { startBadges } from '../../entrypoints/content/controller';
import { parseResolveReply } from '../../entrypoints/content/parse-reply';
import { pageLooksDark } from '../../lib/badge/band-theme';
import { detectArxivAbs } from '../../lib/detect/arxiv-abs';
import type { ResolveMessage } from '../../lib/protocol';
import { loadIntoDocument } from './fixtures';
import { profile } from './sample-profile';
import { paperResult, researcher, resolvedMatch } from './sample-results';

const aborts: AbortController[] = [];
afterEach(() => {
  aborts.splice(0).forEach((a) => a.abort());
  document.body.removeAttribute('style');
});

const tick = () => new Promise((r) => setTimeout(r, 0));

interface PageOptions {
  /** The first author's match, when it should not be the resolved starting profile. */
  first?: (m: ResolveMessage) => ReturnType<typeof resolvedMatch>;
  cardReply?: (m: CardMessage) => unknown;
  /** The paper as a page without identifiers gives it (Scholar, dblp, proceedings): title and year only. */
  titleOnly?: boolean;
}

async function page(options: PageOptions = {}) {
  loadIntoDocument('abs_1706.03762v7.html');
  const abort = new AbortController();
  aborts.push(abort);
  const cardMessages: CardMessage[] = [];
  const resolves: ResolveMessage[] = [];
  const papers = detectArxivAbs(document).map((p) => (options.titleOnly ? { ...p, arxivId: undefined, title: 'Attention Is All You Need', year: 2017 } : p));
  let retry = () => {};
  const card = createCardPopover(document, abort.signal, () => retry(), {
    papers,
    send: async (m) => {
      cardMessages.push(m);
      if (options.cardReply) return options.cardReply(m);
      if (m.type === 'peerlens:profile') {
        const p = profile();
        return { ok: true, profile: { summary: p.summary, breakdown: p.breakdown, topics: p.topics } };
      }
      return { ok: true };
    },
  });
  const controller = startBadges({
    papers,
    send: async (m: ResolveMessage) => {
      resolves.push(m);
      const matches = m.papers[0]!.authors.map((_, i) => resolvedMatch(i + 1));
      if (options.first) matches[0] = options.first(m);
      return { ok: true, papers: [paperResult('1706.03762', matches)] };
    },
    parseReply: parseResolveReply,
    signal: abort.signal,
    onOpen: (r) => card.toggle(r),
    onUpdate: (r) => card.update(r),
  });
  retry = () => void controller.retry();
  await controller.settled();
  const badge = document.querySelector<HTMLElement>('[data-peerlens="badge"]')!;
  const host = () => document.querySelector<HTMLElement>('[data-peerlens="card"]')!;
  const cardText = () => document.querySelector('[data-peerlens="card"]')?.shadowRoot?.textContent ?? '';
  const button = (name: RegExp) =>
    [...(host().shadowRoot?.querySelectorAll('button') ?? [])].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''))!;
  return { badge, host, cardText, button, abort, cardMessages, resolves, controller };
}

describe('card popover', () => {
  it('opens next to the badge on click, moves focus in, and closes on Escape, returning focus to the badge', async () => {
    const { badge, cardText, host } = await page();
    badge.click();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(cardText()).toContain('Trust 21 · Emerging');
    expect(host().style.display).toBe('block');
    expect(host().shadowRoot!.activeElement?.getAttribute('role')).toBe('dialog');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(cardText()).toBe('');
    expect(document.activeElement).toBe(badge);
    expect(host().style.display).toBe('none');
  });

  it('closes on a click outside, and toggles on a second click of its badge', async () => {
    const { badge, cardText } = await page();
    badge.click();
    document.querySelector('h1')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(cardText()).toBe('');
    badge.click();
    expect(cardText()).toContain('Verification L1');
    badge.click();
    expect(cardText()).toBe('');
  });

  it('is a single shared host, removed when the content script ends', async () => {
    const { badge, abort } = await page();
    badge.click();
    document.querySelectorAll<HTMLElement>('[data-peerlens="badge"]')[1]!.click();
    expect(document.querySelectorAll('[data-peerlens="card"]')).toHaveLength(1);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    abort.abort();
    expect(document.querySelectorAll('[data-peerlens="card"], [data-peerlens="badge"]')).toHaveLength(0);
  });

  it('asks the background (never the service) for the profile once per researcher, then shows topics and "Why this score?"', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { badge, cardText, cardMessages, button } = await page();
    badge.click();
    expect(cardText()).toContain('Loading topics');
    await tick();
    expect(cardText()).toContain('Top topics: Natural Language Processing');
    expect(button(/Why this score/)).toBeTruthy();
    badge.click();
    badge.click();
    await tick();
    expect(cardMessages.filter((m) => m.type === 'peerlens:profile')).toEqual([{ type: 'peerlens:profile', id: 'A5023888391' }]);
    // Each opening asks for the follow and claim state afresh, with a new nonce.
    expect(cardMessages.filter((m) => m.type === 'peerlens:card-open')).toHaveLength(2);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('opens the full profile through the background', async () => {
    const { badge, cardMessages, button } = await page();
    badge.click();
    await tick();
    button(/Open full profile/).click();
    expect(cardMessages.at(-1)).toEqual({ type: 'peerlens:open-profile', id: 'A5023888391' });
  });

  it('shows an unreadable or failed profile reply as a message, not a crash', async () => {
    const { badge, cardText } = await page({ cardReply: () => ({ ok: true, profile: { summary: 'nope' } }) });
    badge.click();
    await tick();
    expect(cardText()).toContain('Breakdown unavailable: PeerLens could not read the answer.');
    expect(cardText()).toContain('Trust 21 · Emerging');
  });

  it('remembers a pick among candidates for that name on that paper, then asks again', async () => {
    const candidates = [researcher({ id: 'A5000000001', name: 'Ashish Vaswani' }), researcher({ id: 'A5000000002', name: 'Ashish K. Vaswani' })];
    const { badge, cardMessages, button, resolves, cardText } = await page({
      first: () => ({ position: 1, state: 'ambiguous', confidence: 0.5, candidates }),
    });
    expect(badge.getAttribute('data-state')).toBe('ambiguous');
    badge.click();
    button(/is Ashish K\. Vaswani/).click();
    await tick();
    expect(cardMessages.find((m) => m.type === 'peerlens:choose')).toEqual({
      type: 'peerlens:choose',
      paper: { arxivId: '1706.03762' },
      position: 1,
      name: 'Ashish Vaswani',
      researcherId: 'A5000000002',
    });
    // The background keeps the pick; this page shows it at once, without asking again.
    expect(resolves).toHaveLength(1);
    expect(badge.getAttribute('data-state')).toBe('resolved');
    expect(badge.getAttribute('data-researcher-id')).toBe('A5000000002');
    expect(cardText()).toContain('You chose this researcher for “Ashish Vaswani” on this paper.');
    button(/Choose again/).click();
    await tick();
    expect(cardMessages.at(-1)).toMatchObject({ type: 'peerlens:choose', researcherId: null });
    expect(badge.getAttribute('data-state')).toBe('ambiguous');
  });

  it('remembers a pick on a paper known only by its title under its title and year (the key its answers are read by)', async () => {
    const candidates = [researcher({ id: 'A5000000001', name: 'Ashish Vaswani' }), researcher({ id: 'A5000000002', name: 'Ashish K. Vaswani' })];
    const { badge, cardMessages, button, resolves } = await page({
      titleOnly: true,
      first: () => ({ position: 1, state: 'ambiguous', confidence: 0.5, candidates }),
    });
    expect(resolves[0]!.papers[0]).toMatchObject({ title: 'Attention Is All You Need', year: 2017 });
    badge.click();
    button(/is Ashish K\. Vaswani/).click();
    await tick();
    expect(cardMessages.find((m) => m.type === 'peerlens:choose')).toEqual({
      type: 'peerlens:choose',
      paper: { title: 'Attention Is All You Need', year: 2017 },
      position: 1,
      name: 'Ashish Vaswani',
      researcherId: 'A5000000002',
    });
  });

  it('follows a dark page: data-theme="dark" on the card host when the body paints dark', async () => {
    const { badge, host } = await page();
    badge.click();
    expect(host().hasAttribute('data-theme')).toBe(false);
    badge.click();
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    badge.click();
    expect(host().getAttribute('data-theme')).toBe('dark');
  });
});

describe('pageLooksDark', () => {
  it('reads the body, then html, ignoring transparent backgrounds', () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(13, 17, 23)';
    expect(pageLooksDark(document)).toBe(true);
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageLooksDark(document)).toBe(false);
    document.documentElement.removeAttribute('style');
  });
});

describe('card actions', () => {
  const state = { nonce: 'n-1', following: false, followers: 3, claimed: false, connectReason: 'This researcher has not claimed their record yet', canClaim: true };
  const reply = (m: CardMessage) => {
    if (m.type === 'peerlens:card-open') return state;
    if (m.type === 'peerlens:action') return { ok: true, data: { following: true, followers: 4 } };
    return { ok: false, error: 'no', status: null, retryable: false };
  };

  it('shows Follow (state) apart from the follower count, and says once that the record is unclaimed, with Claim', async () => {
    const { badge, cardText, button } = await page({ cardReply: reply });
    badge.click();
    await tick();
    expect(button(/^Follow$/)).toBeTruthy();
    expect(cardText()).toContain('3 followers');
    expect(button(/^Claim this record$/)).toBeTruthy();
    // Said once: the claim line gives why Connect is missing; no "Unclaimed author" line, no repeated reason.
    expect(cardText().match(/nclaimed|not claimed/g)).toEqual(['nclaimed']);
    expect(cardText()).toContain('Unclaimed author: Connect opens once the researcher claims this record.');
    expect(cardText()).not.toContain('This researcher has not claimed their record yet');
    expect(button(/^Connect$/)).toBeUndefined();
  });

  it('sends a follow only for a trusted click, with gesture and the tab nonce; a script click() sends nothing', async () => {
    const { badge, button, cardMessages, cardText } = await page({ cardReply: reply });
    badge.click();
    await tick();
    button(/^Follow$/).click(); // a page script's click(): isTrusted is false
    await tick();
    expect(cardMessages.filter((m) => m.type === 'peerlens:action')).toHaveLength(0);

    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button(/^Follow$/).dispatchEvent(trusted);
    await tick();
    expect(cardMessages.filter((m) => m.type === 'peerlens:action')).toEqual([
      { type: 'peerlens:action', action: { kind: 'follow', id: 'A5023888391' }, gesture: true, nonce: 'n-1' },
    ]);
    expect(button(/^Following$/)).toBeTruthy();
    expect(cardText()).toContain('4 followers');
    expect(button(/^Undo$/)).toBeTruthy();
  });

  it('lets the reader report a wrong candidate of an ambiguous name ("Not me?"), with the tab nonce, after a real click only', async () => {
    const candidates = [researcher({ id: 'A5000000001', name: 'Ashish Vaswani' }), researcher({ id: 'A5000000002', name: 'Ashish K. Vaswani' })];
    const { badge, button, cardMessages } = await page({
      cardReply: reply,
      first: () => ({ position: 1, state: 'ambiguous', confidence: 0.5, candidates }),
    });
    badge.click();
    await tick();
    // The ambiguous card fetched the tab's nonce once, through its first candidate.
    expect(cardMessages.filter((m) => m.type === 'peerlens:card-open')).toEqual([{ type: 'peerlens:card-open', id: 'A5000000001' }]);
    const notMe = button(/Not me\? Report Ashish K\. Vaswani/);
    notMe.click();
    await tick();
    expect(cardMessages.filter((m) => m.type === 'peerlens:action')).toHaveLength(0);
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    notMe.dispatchEvent(trusted);
    await tick();
    expect(cardMessages.filter((m) => m.type === 'peerlens:action')).toEqual([
      {
        type: 'peerlens:action',
        action: { kind: 'open-action-page', page: 'report', id: 'A5000000002', name: 'Ashish Vaswani', paper: '1706.03762' },
        gesture: true,
        nonce: 'n-1',
      },
    ]);
  });
});
