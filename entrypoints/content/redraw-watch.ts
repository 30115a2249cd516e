/**
 * Watches the page for redraws and in-page navigation (frameworks replacing the author list, a
 * "show more" that re-renders, a page script clearing our badges) and asks for a re-read, debounced.
 * Our own insertions are ignored, so badging never triggers itself.
 */
export function watchRedraws(signal: AbortSignal, onRedraw: () => void, delayMs = 50, doc: Document = document): void {
  if (!doc.body) return;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver((mutations) => {
    if (timer !== null || mutations.every(isOurs)) return;
    timer = setTimeout(() => {
      timer = null;
      if (!signal.aborted) onRedraw();
    }, delayMs);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  }, { once: true });
}

function isOurs(mutation: MutationRecord): boolean {
  if (mutation.removedNodes.length > 0) return false;
  for (const node of mutation.addedNodes) {
    if (!(node.nodeType === 1 && (node as Element).hasAttribute('data-peerlens'))) return false;
  }
  return true;
}
