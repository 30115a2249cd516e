/** Gives the main thread back between chunks of work, so no task of ours grows into a long task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` over `items` in chunks, yielding between chunks; stops when `signal` aborts. */
export async function inChunks<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => void,
  signal: AbortSignal,
  pause: () => Promise<void> = yieldToMain,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    // Yield before the first chunk too: the caller may be inside someone else's task (a click handler).
    await pause();
    if (signal.aborted) return;
    for (const item of items.slice(start, start + size)) work(item);
  }
}
