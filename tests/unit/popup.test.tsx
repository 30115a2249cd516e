import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupStatus } from '../../components/PopupStatus';
import { checkServiceHealth } from '../../components/popup/health';

afterEach(cleanup);

describe('popup', () => {
  it('says whether the service answers and where badges appear', () => {
    render(<PopupStatus health="down" serviceUrl="http://127.0.0.1:8787/" />);
    expect(screen.getByRole('status').textContent).toBe('PeerLens service unreachable');
    // Every place badges really appear, not "arXiv abstract pages" only.
    const where = document.querySelector('[data-where-badges]')!.textContent!;
    expect(where).not.toMatch(/arXiv abstract pages/);
    expect(where).toMatch(/arXiv \(abstracts, listings, search results, HTML papers\)/);
    for (const site of ['PeerJ', 'PLOS', 'Springer Nature', 'bioRxiv']) expect(where).toContain(site);
    expect(where).toContain('sites you add in Options');
  });

  it('checks /v1/healthz', async () => {
    const asked: string[] = [];
    const ok = (async (url: URL) => { asked.push(String(url)); return new Response('{"ok":true}'); }) as unknown as typeof fetch;
    expect(await checkServiceHealth('http://127.0.0.1:8787', ok)).toBe('up');
    expect(asked).toEqual(['http://127.0.0.1:8787/v1/healthz']);
    const degraded = (async () => new Response('{}', { status: 503 })) as unknown as typeof fetch;
    expect(await checkServiceHealth('http://127.0.0.1:8787', degraded)).toBe('degraded');
    const down = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    expect(await checkServiceHealth('http://127.0.0.1:8787', down)).toBe('down');
  });
});
