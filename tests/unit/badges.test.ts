import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthorMatch } from '../../lib/api/resolve';
import { startBadges, type BadgeControllerOptions, type BadgeRecord } from '../../entrypoints/content/controller';
import { parseResolveReply } from '../../entrypoints/content/parse-reply';
import { RETRY_TOOLTIP } from '../../entrypoints/content/view';
import { detectArxivAbs } from '../../lib/detect/arxiv-abs';
import type { ResolveMessage, ResolveReply } from '../../lib/protocol';
import { loadIntoDocument } from './fixtures';
import { paperResult, researcher, resolvedMatch } from './sample-results';

const controllers: AbortController[] = [];
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

function badges(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-peerlens="badge"]')];
}

function pillText(host: Element): string | undefined {
  return host.shadowRoot?.querySelector('.pill')?.textContent ?? undefined;
}

function allResolved(message: ResolveMessage): ResolveReply {
  return {
    ok: true,
    papers: message.papers.map((p) =>
      paperResult(p.arxivId!, p.authors.map((a, i) => resolvedMatch(i + 1, { id: `A${5000000000 + i}`, name: a.name }))),
    ),
  };
}

function start(overrides: Partial<BadgeControllerOptions> & { reply?: (m: ResolveMessage) => unknown } = {}) {
  const abort = new AbortController();
  controllers.push(abort);
  const reply = overrides.reply ?? allResolved;
  const send = vi.fn(async (message: ResolveMessage) => reply(message));
  const onOpen = vi.fn<(record: BadgeRecord) => void>();
  const controller = startBadges({
    papers: detectArxivAbs(document),
    send,
    parseReply: parseResolveReply,
    signal: abort.signal,
    onOpen,
    pause: () => new Promise((r) => setTimeout(r, 0)),
    ...overrides,
  });
  return { controller, send, onOpen, abort };
}

describe('badges on an arXiv abstract page', () => {
  it('places one badge right after each author link, with the contract attributes', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    const { controller } = start();
    const links = [...document.querySelectorAll('#abs div.authors a')];
    expect(badges()).toHaveLength(8);
    links.forEach((link, i) => {
      const badge = link.nextElementSibling as HTMLElement;
      expect(badge.getAttribute('data-peerlens')).toBe('badge');
      expect(badge.getAttribute('data-author-name')).toBe(link.textContent);
      expect(badge.getAttribute('data-author-position')).toBe(String(i + 1));
      expect(badge.getAttribute('role')).toBe('button');
      expect(badge.getAttribute('tabindex')).toBe('0');
      expect(badge.getAttribute('aria-expanded')).toBe('false');
      expect(badge.shadowRoot).not.toBeNull();
    });
    await controller.settled();
    const first = badges()[0]!;
    expect(first.getAttribute('data-state')).toBe('resolved');
    expect(first.getAttribute('data-researcher-id')).toBe('A5000000000');
    expect(first.getAttribute('data-trust-score')).toBe('21');
    expect(first.getAttribute('data-verification')).toBe('L1');
    expect(first.getAttribute('aria-label')).toBe('PeerLens: Trust 21 · Emerging, Verification L1 (public record) — open details');
    // The tooltip says what the band and the level mean, one line each (issue 8: "a badge says little").
    expect(first.getAttribute('title')!.split('\n')).toEqual([
      'PeerLens · Trust 21 · Emerging · L1',
      'Emerging (0–24): little public evidence yet',
      'L1 public record: an OpenAlex author record reached through this paper',
      'Click for details and what the marks mean.',
    ]);
    expect(pillText(first)).toBe('21 · L1');
  });

  it('keeps the layout: an inline, unbreakable box with only a small left gap, joined to its name', () => {
    loadIntoDocument('abs_1706.03762v7.html');
    start();
    const badge = badges()[0]!;
    const style = badge.getAttribute('style') ?? '';
    expect(style).toContain('display:inline;');
    expect(style).toContain('white-space:nowrap');
    expect(style).toContain('margin:0 0 0 0.25em');
    // A word joiner first: no line break between the name and its badge (checked in Chromium in tests/e2e/badge-legibility.spec.ts).
    expect(badge.shadowRoot!.firstChild?.nodeType === Node.TEXT_NODE ? badge.shadowRoot!.firstChild.textContent : [...badge.shadowRoot!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)?.textContent).toBe('\u2060');
  });

  it('sends one message with identifiers, the primary category and names only', async () => {
    loadIntoDocument('abs_hep-th_0611290v2.html');
    const { controller, send } = start();
    await controller.settled();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toEqual({
      type: 'peerlens:resolve',
      papers: [{
        arxivId: 'hep-th/0611290',
        doi: '10.1088/1126-6708/2007/03/072',
        category: 'hep-th',
        authors: [{ name: 'T. Brown' }, { name: 'R. de Mello Koch' }, { name: 'S. Ramgoolam' }, { name: 'N. Toumbas' }],
      }],
    });
  });

  it('is idempotent: running twice leaves one badge per name', async () => {
    loadIntoDocument('abs_1912.06680v1.html');
    const first = start();
    const second = start();
    await Promise.all([first.controller.settled(), second.controller.settled()]);
    expect(badges()).toHaveLength(25);
    for (const link of document.querySelectorAll('#abs div.authors a')) {
      const after = link.nextElementSibling;
      if (link.textContent === 'OpenAI') {
        expect(after?.getAttribute('data-peerlens')).toBeNull();
        continue;
      }
      expect(after?.getAttribute('data-peerlens')).toBe('badge');
      expect(after?.nextElementSibling?.getAttribute('data-peerlens') ?? null).toBeNull();
    }
  });

  it('shows loading until the reply, then applies each state by position', async () => {
    loadIntoDocument('abs_1512.03385v1.html');
    let answer!: (reply: ResolveReply) => void;
    const matches: AuthorMatch[] = [
      resolvedMatch(1, { id: 'A5000000001', trust: { score: 64, band: 'Established', verification: 'L2', claimed: false, heldBy: 'Held at 64: Trusted needs L3.' } }),
      { position: 2, state: 'ambiguous', confidence: 0.5, candidates: [researcher({ id: 'A5000000002' }), researcher({ id: 'A5000000003' })] },
      { position: 3, state: 'unresolved', confidence: 0, reason: 'No author record matched “Shaoqing Ren” on this work.' },
      // position 4 missing from the answer
    ];
    const { controller, send } = start({ reply: () => new Promise<ResolveReply>((r) => (answer = r)) });
    expect(badges().map((b) => b.getAttribute('data-state'))).toEqual(['loading', 'loading', 'loading', 'loading']);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(badges().map((b) => b.getAttribute('data-state'))).toEqual(['loading', 'loading', 'loading', 'loading']);
    answer({ ok: true, papers: [paperResult('1512.03385', matches)] });
    await controller.settled();
    const [b1, b2, b3, b4] = badges();
    expect(b1?.getAttribute('data-state')).toBe('resolved');
    expect(pillText(b1!)).toBe('64 · L2');
    expect(b2?.getAttribute('data-state')).toBe('ambiguous');
    expect(pillText(b2!)).toBe('?');
    expect(b2?.hasAttribute('data-trust-score')).toBe(false);
    expect(b3?.getAttribute('data-state')).toBe('unresolved');
    // Quiet but self-explaining: a small mark, its reason in the label and the tooltip.
    expect(pillText(b3!)).toBe('○');
    expect(b3!.shadowRoot!.querySelector('.pill')!.classList.contains('quiet')).toBe(true);
    expect(b3?.getAttribute('title')).toContain('No author record matched');
    expect(b3?.getAttribute('aria-label')).toBe('PeerLens: no researcher record for Shaoqing Ren. No author record matched “Shaoqing Ren” on this work. — open details');
    expect(b4?.getAttribute('data-state')).toBe('unresolved');
  });

  it('shows a fresher snapshot (from a profile) on every badge of that researcher, and only theirs', async () => {
    loadIntoDocument('abs_1512.03385v1.html');
    const { controller } = start();
    await controller.settled();
    const before = badges().map((b) => b.getAttribute('data-trust-score'));
    const target = badges()[1]!;
    const id = target.getAttribute('data-researcher-id')!;
    controller.refresh(researcher({ id, trust: { score: 59, band: 'Established', verification: 'L2', claimed: false, heldBy: null } }));
    expect(target.getAttribute('data-trust-score')).toBe('59');
    expect(pillText(target)).toBe('59 · L2');
    const after = badges().map((b) => b.getAttribute('data-trust-score'));
    expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
  });

  it('turns a failed look-up into retry badges that send the message again', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    let fail = true;
    const { controller, send } = start({
      reply: (m) => (fail ? { ok: false, error: 'The PeerLens service cannot be reached.', retryable: true } : allResolved(m)),
    });
    await controller.settled();
    const badge = badges()[2]!;
    expect(badge.getAttribute('data-state')).toBe('error');
    expect(badge.getAttribute('title')).toBe(RETRY_TOOLTIP);
    expect(pillText(badge)).toBe('↻');

    fail = false;
    badge.click();
    expect(send).toHaveBeenCalledTimes(2);
    await controller.settled();
    expect(badges().every((b) => b.getAttribute('data-state') === 'resolved')).toBe(true);
  });

  it('retries on Enter too, and treats an unreadable or missing reply as an error', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    const { controller, send } = start({ reply: () => undefined });
    await controller.settled();
    const badge = badges()[0]!;
    expect(badge.getAttribute('data-state')).toBe('error');
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(send).toHaveBeenCalledTimes(2);
    await controller.settled();
    expect(badge.getAttribute('data-state')).toBe('error');
  });

  it('treats a rejected sendMessage (extension reloaded) as an error, without throwing', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    const { controller } = start({ send: async () => { throw new Error('Extension context invalidated.'); } });
    await controller.settled();
    expect(badges()[0]?.getAttribute('data-state')).toBe('error');
  });

  it('opens the card on click, Enter and Space for a resolved badge', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    const { controller, onOpen } = start();
    await controller.settled();
    const badge = badges()[1]!;
    badge.click();
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    badge.dispatchEvent(space);
    expect(space.defaultPrevented).toBe(true);
    expect(onOpen).toHaveBeenCalledTimes(3);
    expect(onOpen.mock.calls[0]?.[0].author.name).toBe('Noam Shazeer');
  });

  it('removes its badges when the content script is invalidated', async () => {
    loadIntoDocument('abs_1706.03762v7.html');
    const { controller, abort } = start();
    await controller.settled();
    abort.abort();
    expect(badges()).toHaveLength(0);
  });
});

describe('badges on a 3,426-author page', () => {
  it('badges visible names at once, the collapsed list in chunks when shown, with one message for all', async () => {
    loadIntoDocument('abs_2507.06261v6.html');
    let pauses = 0;
    const { controller, send } = start({
      chunkSize: 200,
      pause: () => { pauses++; return new Promise((r) => setTimeout(r, 0)); },
    });
    expect(badges()).toHaveLength(100);
    expect(send).not.toHaveBeenCalled(); // the message waits for the next task
    await controller.settled();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].papers[0]?.authors).toHaveLength(3426);
    expect(badges().every((b) => b.getAttribute('data-state') === 'resolved')).toBe(true);

    // The reader clicks "et al.": arXiv's own script sets the list's display.
    const pausesBefore = pauses;
    document.getElementById('long-author-list')!.style.display = 'inline';
    await vi.waitFor(() => expect(badges()).toHaveLength(3426), { timeout: 10_000 });
    expect(pauses - pausesBefore).toBeGreaterThanOrEqual(Math.ceil(3326 / 200) - 1);

    // Results that arrived before these badges existed are applied when they are created.
    const late = badges()[3000]!;
    expect(late.getAttribute('data-author-position')).toBe('3001');
    expect(late.getAttribute('data-state')).toBe('resolved');
    expect(late.getAttribute('data-researcher-id')).toBe('A5000003000');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('inserts nothing in the collapsed list while it stays hidden', async () => {
    loadIntoDocument('abs_2507.06261v6.html');
    const { controller } = start();
    await controller.settled();
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelectorAll('#long-author-list [data-peerlens="badge"]')).toHaveLength(0);
  });
});
