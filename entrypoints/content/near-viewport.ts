/** "Near the viewport" for pages of many papers: IntersectionObserver with a generous margin. */

export interface NearWatch {
  /** Calls `onNear` once, when `target` comes within the margin of the viewport (at once if it is). */
  observe(target: Element, onNear: () => void): void;
  /** Forgets targets that left the page (a redraw replaced them). */
  reset(): void;
}

/** About two screens ahead: badges are in place before the reader scrolls to them. */
export const NEAR_MARGIN = '1200px 0px';

export function watchNear(signal: AbortSignal, rootMargin = NEAR_MARGIN): NearWatch {
  const pending = new Map<Element, () => void>();
  const observer = new IntersectionObserver((changes) => {
    for (const change of changes) {
      if (!change.isIntersecting) continue;
      const onNear = pending.get(change.target);
      pending.delete(change.target);
      observer.unobserve(change.target);
      onNear?.();
    }
  }, { rootMargin });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    observe(target, onNear) {
      if (!pending.has(target)) observer.observe(target);
      pending.set(target, onNear);
    },
    reset() {
      for (const target of pending.keys()) {
        if (target.isConnected) continue;
        pending.delete(target);
        observer.unobserve(target);
      }
    },
  };
}
