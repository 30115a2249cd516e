import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupStatus } from '../../components/PopupStatus';
import { checkServiceHealth } from '../../lib/config/health';

afterEach(cleanup);

describe('popup', () => {
  it('says whether the service answers and where badges appear', () => {
    render(<PopupStatus health="down" serviceUrl="http://127.0.0.1:8787/" />);
    expect(screen.getByRole('status').textContent).toBe('PeerLens service unreachable');
    expect(screen.getByText(/arXiv abstract pages/)).toBeTruthy();
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
