import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

const NOWHERE = 'http://127.0.0.1:9';

/** The real trust service (`server/main.ts`) as a child process, on its own PGlite folder. */
export class LocalService {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'peerlens-e2e-db-'));
  readonly log: string[] = [];

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    /** A first start on PGlite runs initdb (seconds; much longer on a busy machine). */
    // tsx and PGlite's first start take seconds alone, and much longer on a machine busy with other work.
    private readonly startTimeoutMs = 90_000,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child) return;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repoRoot,
      // Semantic Scholar and Crossref point at a closed local port unless a test gives a stand-in: nothing leaves 127.0.0.1.
      env: { S2_URL: NOWHERE, CROSSREF_URL: NOWHERE, ...process.env, ...this.env, PORT: String(this.port), DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => this.log.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => this.log.push(d.toString()));
    this.child = child;
    const deadline = Date.now() + this.startTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The service exited (${child.exitCode}):\n${this.log.join('')}`);
      try {
        const res = await fetch(`${this.url}/v1/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The service did not become healthy in ${this.startTimeoutMs / 1000} s:\n${this.log.join('')}`);
  }

  /** Stops the service the way an operator would (SIGTERM), waiting for it to close its database. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** Kills the process without letting it close anything (`kill -9`); `start()` runs it again on the same data. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
