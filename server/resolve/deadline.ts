/** A resolve request's overall deadline: what is not known by then is answered "still looking" and keeps loading. */
export class PastDeadline extends Error {
  constructor() {
    super('The request deadline passed before this answer came.');
    this.name = 'PastDeadline';
  }
}

export interface Deadline {
  /** Resolves (never rejects) when the deadline passes. */
  readonly passed: Promise<void>;
  /** `work`'s value, or PastDeadline if the deadline comes first; `work` goes on (its failures are swallowed here). */
  race<T>(work: Promise<T>): Promise<T | PastDeadline>;
  dispose(): void;
}

export function createDeadline(ms: number): Deadline {
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref?.();
  });
  return {
    passed,
    race: <T>(work: Promise<T>) => {
      // The work outlives the request (it stores what it finds for the next try): never an unhandled rejection.
      work.catch(() => {});
      return Promise.race([work, passed.then(() => new PastDeadline())]);
    },
    dispose: () => clearTimeout(timer),
  };
}
