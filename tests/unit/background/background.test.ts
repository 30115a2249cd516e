import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';

/** The listener's three arguments (WXT's fake browser passes them through; its type names two). */
const trigger = (...args: [unknown, unknown, (reply: unknown) => void]) =>
  (fakeBrowser.runtime.onMessage.trigger as unknown as (...a: unknown[]) => Promise<unknown[]>)(...args);

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a content-script resolve message through the service named in storage.local', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ papers: [{ arxivId: '1706.03762', workId: null, authors: [] }] })));
    vi.stubGlobal('fetch', fetch);
    await fakeBrowser.storage.local.set({ serviceUrl: 'http://127.0.0.1:9911' });
    background.main();

    const sender = { id: fakeBrowser.runtime.id, url: 'https://arxiv.org/abs/1706.03762', tab: { id: 1 } };
    const message = { type: 'peerlens:resolve', papers: [{ arxivId: '1706.03762', authors: [{ name: 'Ashish Vaswani' }] }] };
    const reply = await new Promise((resolve) => {
      void trigger(message, sender, resolve);
    });
    expect(reply).toEqual({ ok: true, papers: [{ arxivId: '1706.03762', workId: null, authors: [] }] });
    expect(String(fetch.mock.calls[0]?.[0 as never])).toBe('http://127.0.0.1:9911/v1/resolve');
    vi.unstubAllGlobals();
  });

  it('does not answer a message from another extension', async () => {
    background.main();
    const sendResponse = vi.fn();
    const sender = { id: 'another-extension', url: 'https://arxiv.org/abs/1706.03762', tab: { id: 1 } };
    const message = { type: 'peerlens:resolve', papers: [{ arxivId: '1706.03762', authors: [{ name: 'Ashish Vaswani' }] }] };
    expect(await trigger(message, sender, sendResponse)).toEqual([false]);
    expect(sendResponse).not.toHaveBeenCalled();
  });
});
