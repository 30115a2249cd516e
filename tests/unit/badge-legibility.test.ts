import { describe, expect, it } from 'vitest';
import { BANDS, VERIFICATION_LEVELS } from '../../lib/api/constants';
import { CARD_GAP_PX, placeCard, VIEWPORT_MARGIN_PX } from '../../entrypoints/card/card-position';
import { BAND_MEANING, LEVEL_MEANING } from '../../entrypoints/content/legend';
import { THEME_CSS } from '../../lib/badge/band-theme';
import { badgeView } from '../../entrypoints/content/view';
import { resolvedMatch } from './sample-results';

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('badge states without colour', () => {
  it('every state has its own mark, and each band its own gauge fill', () => {
    const texts = new Set(
      (['idle', 'loading', 'ambiguous', 'unresolved', 'error'] as const).map((s) => badgeView('A. Name', s, s === 'ambiguous' ? { position: 1, state: 'ambiguous', confidence: 0.5 } : undefined).text),
    );
    expect(texts.size).toBe(5);
    const ranks = BANDS.map((b) => THEME_CSS.match(new RegExp(`\\.band-${b.toLowerCase()}\\{--pl-rank:(\\d+)%\\}`))?.[1]);
    expect(ranks).toEqual(['20', '40', '60', '80', '100']);
    expect(badgeView('A. Name', 'resolved', resolvedMatch(1)).tone).toContain('band ');
  });

  it('reads at 4.5:1 or better: every fill with its ink, light and dark', () => {
    const pairs = [...THEME_CSS.matchAll(/--pl-fill:(#[0-9a-f]{6});--pl-fill-ink:(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!] as const);
    const neutral = [...THEME_CSS.matchAll(/--pl-neutral:(#[0-9a-f]{6});--pl-neutral-ink:(#[0-9a-f]{6});--pl-error:(#[0-9a-f]{6});--pl-error-ink:(#[0-9a-f]{6})/g)];
    for (const m of neutral) pairs.push([m[1]!, m[2]!], [m[3]!, m[4]!]);
    expect(pairs.length).toBe(3 * (5 + 2)); // 5 bands and 2 neutral tones: light, dark by media query, dark by data-theme
    for (const [fill, ink] of pairs) expect(contrast(fill, ink), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });

  it('has one line of meaning for every band and every level', () => {
    for (const b of BANDS) expect(BAND_MEANING[b].line.length).toBeGreaterThan(10);
    for (const l of VERIFICATION_LEVELS) expect(LEVEL_MEANING[l].line.length).toBeGreaterThan(10);
  });
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 600 };
  const card = { width: 320, height: 300 };
  const line = (top: number, left = 100) => ({ left, top, right: left + 120, bottom: top + 18 });

  it('goes below the name’s line when it fits, without covering the line', () => {
    const at = placeCard(line(100), card, viewport);
    expect(at).toMatchObject({ side: 'below', top: 118 + CARD_GAP_PX, left: 100 });
    expect(at.maxHeight).toBeGreaterThanOrEqual(card.height);
  });

  it('flips above when the window is too short below, and stays inside the viewport', () => {
    const at = placeCard(line(500), card, viewport);
    expect(at.side).toBe('above');
    expect(at.top + card.height).toBeLessThanOrEqual(500 - CARD_GAP_PX);
    expect(at.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
    expect(at.edge).toBe(500 - CARD_GAP_PX);
  });

  it('takes the larger side and scrolls inside when neither side holds the whole card', () => {
    const at = placeCard(line(200), { width: 320, height: 900 }, viewport);
    expect(at.side).toBe('below');
    expect(at.top + at.maxHeight).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN_PX);
    const up = placeCard(line(420), { width: 320, height: 900 }, viewport);
    expect(up.side).toBe('above');
    expect(up.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
  });

  it('never runs off the right or left edge', () => {
    expect(placeCard(line(100, 900), card, viewport).left).toBe(1000 - VIEWPORT_MARGIN_PX - 320);
    expect(placeCard(line(100, -40), card, viewport).left).toBe(VIEWPORT_MARGIN_PX);
  });
});
