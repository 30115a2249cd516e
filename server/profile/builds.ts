/**
 * At most one build of a profile per id at a time: a second request for the same id waits for the build in
 * flight instead of starting its own, and a background rebuild of a stale profile is not started twice.
 */
export class ProfileBuilds {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly log: (message: string) => void = (m) => console.warn(m)) {}

  run<T>(id: string, build: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(id);
    if (pending) return pending as Promise<T>;
    const started = build().finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, started);
    return started;
  }

  /** Rebuilds in the background; a failure is logged, never thrown at the request that served the stale copy. */
  inBackground(id: string, build: () => Promise<unknown>): void {
    if (this.inFlight.has(id)) return;
    this.run(id, build).catch((error: unknown) => {
      this.log(`Rebuilding the profile of ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  isBuilding(id: string): boolean {
    return this.inFlight.has(id);
  }

  /** Resolves once nothing is being built (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }
}
