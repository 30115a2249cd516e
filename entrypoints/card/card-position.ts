/**
 * Where the card goes, in viewport coordinates: below the name's line (never over it), flipped above when
 * there is more room there, always inside the viewport; when neither side holds the whole card, it gets
 * the larger side and scrolls inside. Pure, so every case is checked without a browser.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** The card's height limit on that side (it scrolls inside beyond it). */
  maxHeight: number;
  side: 'below' | 'above';
  /** The y of the card's edge next to the line (its top below the line, its bottom above it): a card that grows grows away from the line. */
  edge: number;
}

/** Space kept between the card and the line, and between the card and the viewport's edges. */
export const CARD_GAP_PX = 6;
export const VIEWPORT_MARGIN_PX = 8;

export function placeCard(line: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): CardPlacement {
  const below = viewport.height - VIEWPORT_MARGIN_PX - (line.bottom + CARD_GAP_PX);
  const above = line.top - CARD_GAP_PX - VIEWPORT_MARGIN_PX;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? line.bottom + CARD_GAP_PX : line.top - CARD_GAP_PX - height;
  const maxLeft = viewport.width - VIEWPORT_MARGIN_PX - card.width;
  const left = Math.max(VIEWPORT_MARGIN_PX, Math.min(line.left, maxLeft));
  const edge = side === 'below' ? line.bottom + CARD_GAP_PX : line.top - CARD_GAP_PX;
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(room), side, edge: Math.round(edge) };
}

/** The line the badge sits on: the badge and the part of its name on that line (a name may wrap before it). */
export function lineBox(badge: Element, name: Element | null): Box {
  const b = badge.getBoundingClientRect();
  const box: Box = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  const rects = name ? [...name.getClientRects()] : [];
  const last = rects[rects.length - 1];
  if (last && last.bottom > b.top && last.top < b.bottom) {
    box.left = Math.min(box.left, last.left);
    box.top = Math.min(box.top, last.top);
    box.bottom = Math.max(box.bottom, last.bottom);
  }
  return box;
}
