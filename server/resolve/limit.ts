import type { Schedule } from '../upstream/openalex';

/** At most `n` calls at once; the rest wait in order. One per request keeps a big page from flooding OpenAlex. */
export function createLimit(n: number): Schedule {
  let active = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    active--;
    waiting.shift()?.();
  };
  return async <T>(call: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await call();
    } finally {
      next();
    }
  };
}
