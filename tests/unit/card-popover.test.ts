import { afterEach, describe, expect, it } from 'vitest';
import { createCardPopover } from '../../lib/badge/card-popover';
import { startBadges } from '../../lib/badge/controller';
import { parseResolveReply } from '../../lib/badge/parse-reply';
import { detectArxivAbs } from '../../lib/detect/arxiv-abs';
import type { ResolveMessage } from '../../lib/messages';
import { loadIntoDocument } from './fixtures';
import { paperResult, resolvedMatch } from './sample-results';

const aborts: AbortController[] = [];
afterEach(() => aborts.splice(0).forEach((a) => a.abort()));

async function page() {
  loadIntoDocument('abs_1706.03762v7.html');
  const abort = new AbortController();
  aborts.push(abort);
  let retry = () => {};
  const card = createCardPopover(document, abort.signal, () => retry());
  const controller = startBadges({
    papers: detectArxivAbs(document),
    send: async (m: ResolveMessage) => ({ ok: true, papers: [paperResult('1706.03762', m.papers[0]!.authors.map((_, i) => resolvedMatch(i + 1)))] }),
    parseReply: parseResolveReply,
    signal: abort.signal,
    onOpen: (r) => card.toggle(r),
    onUpdate: (r) => card.update(r),
  });
  retry = () => void controller.retry();
  await controller.settled();
  const badge = document.querySelector<HTMLElement>('[data-peerlens="badge"]')!;
  const cardText = () => document.querySelector('[data-peerlens="card"]')?.shadowRoot?.textContent ?? '';
  return { badge, cardText, abort };
}

describe('card popover', () => {
  it('opens next to the badge on click and closes on Escape, returning focus to the badge', async () => {
    const { badge, cardText } = await page();
    badge.click();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(cardText()).toContain('Trust 21 · Emerging');
    const host = document.querySelector<HTMLElement>('[data-peerlens="card"]')!;
    expect(host.style.display).toBe('block');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(cardText()).toBe('');
    expect(document.activeElement).toBe(badge);
    expect(host.style.display).toBe('none');
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
});
