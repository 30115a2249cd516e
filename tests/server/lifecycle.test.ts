import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { acquireDataDirLock } from '../../server/db/lock';
import { startService } from '../../server/start';
import { repoRoot } from '../support/fixtures';
import { type OpenAlexReplay, startOpenAlexReplay } from '../../server/dev/openalex-replay';

describe('data folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps one owner, refuses a second live one, and takes over a dead owner’s lock', () => {
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'peerlens.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'peerlens.lock'))).toBe(false);

    writeFileSync(join(dir, 'peerlens.lock'), String(process.ppid)); // a live process that is not us
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by another PeerLens service \(pid \d+\)/);

    writeFileSync(join(dir, 'peerlens.lock'), '2147483646'); // no such process
    acquireDataDirLock(dir)();
  });
});

describe('the service as a process', () => {
  let replay: OpenAlexReplay;
  const dataDir = mkdtempSync(join(tmpdir(), 'peerlens-svc-'));
  beforeAll(async () => {
    replay = await startOpenAlexReplay();
  });
  afterAll(async () => {
    await replay.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts in-process on a PGlite folder, resolves against the replay, and closes cleanly', async () => {
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, OPENALEX_URL: replay.url });
    const service = await startService(config, { retry: { retries: 0 } });
    try {
      await expect(startService(config)).rejects.toThrow(/in use by another PeerLens service/);
      const res = await fetch(`${service.url}/v1/resolve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' },
        body: JSON.stringify({ papers: [{ doi: '10.7717/peerj.4375', authors: [{ name: 'Heather Piwowar' }] }] }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
      const body = (await res.json()) as { papers: Array<{ authors: Array<{ researcher?: { id: string } }> }> };
      expect(body.papers[0]!.authors[0]!.researcher?.id).toBe('A5048491430');
    } finally {
      await service.close();
    }
    expect(existsSync(join(dataDir, 'peerlens.lock'))).toBe(false);
  });

  it('runs `server/main.ts`, logs its URL, and exits 0 on SIGTERM after closing the database', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, OPENALEX_URL: replay.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(await (await fetch(`${url}/v1/healthz`)).json()).toEqual({ ok: true, db: 'pglite' });
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(existsSync(join(dataDir, 'peerlens.lock'))).toBe(false);
  });

  it('refuses to start with a clear message when the configuration is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty', OPENALEX_URL: 'not a url' })).toThrow(/PORT[\s\S]*OPENALEX_URL/);
  });
});
