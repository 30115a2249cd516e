import { describe, expect, it, vi } from 'vitest';
import { createPaperHandlers } from '../../../entrypoints/background/resolver/paper-handlers';
import { routeWith } from './route';
import type { Resolver } from '../../../entrypoints/background/resolver/resolver';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;
const TAB = { id: 7, url: 'https://arxiv.org/abs/1706.03762' };

function setup() {
  const resolve = vi.fn<Resolver['resolve']>(async () => ({ ok: true, papers: [] }));
  const handle = routeWith({ extensionId: EXT_ID, extensionOrigin: EXT_ORIGIN, handlers: createPaperHandlers({ resolver: { resolve, refreshResearcher: async () => undefined } }) });
  return { handle, resolve };
}

const good = {
  type: 'peerlens:resolve',
  papers: [{ arxivId: '1706.03762', authors: [{ name: 'Ashish Vaswani' }] }],
};

describe('background message handling', () => {
  it('answers a resolve message from its content script on arXiv', async () => {
    const { handle, resolve } = setup();
    const reply = handle(good, { id: EXT_ID, url: 'https://arxiv.org/abs/1706.03762v7', tab: TAB });
    expect(await reply).toEqual({ ok: true, papers: [] });
    expect(resolve).toHaveBeenCalledWith(good.papers);
  });

  it('passes a Retry (fresh) look-up on, and opens the look-up prefilled for "Search this name"', async () => {
    const resolve = vi.fn<Resolver['resolve']>(async () => ({ ok: true, papers: [] }));
    const openSearch = vi.fn(async (_name: string) => undefined);
    const handle = routeWith({ extensionId: EXT_ID, extensionOrigin: EXT_ORIGIN, handlers: createPaperHandlers({ resolver: { resolve, refreshResearcher: async () => undefined }, openSearch }) });
    const sender = { id: EXT_ID, url: 'https://arxiv.org/abs/1706.03762v7', tab: TAB };
    await handle({ ...good, fresh: true }, sender);
    expect(resolve).toHaveBeenCalledWith(good.papers, { fresh: true });
    expect(await handle({ type: 'peerlens:open-search', name: ' Shaoqing Ren ' }, sender)).toEqual({ ok: true });
    expect(openSearch).toHaveBeenCalledWith('Shaoqing Ren');
    // Not from another extension, and not an empty name.
    expect(handle({ type: 'peerlens:open-search', name: 'X' }, { ...sender, id: 'someotherextensionidxxxxxxxxxxxx' })).toBeUndefined();
    expect(handle({ type: 'peerlens:open-search', name: '  ' }, sender)).toBeUndefined();
  });

  it('answers its own extension pages', async () => {
    const { handle } = setup();
    expect(handle(good, { id: EXT_ID, url: `${EXT_ORIGIN}popup.html` })).toBeDefined();
  });

  it('ignores another extension', () => {
    const { handle, resolve } = setup();
    expect(handle(good, { id: 'someotherextensionidxxxxxxxxxxxx', url: 'https://arxiv.org/abs/1706.03762', tab: TAB })).toBeUndefined();
    expect(resolve).not.toHaveBeenCalled();
  });

  it('ignores its content script on a page it does not serve, and senders without a URL', () => {
    const { handle, resolve } = setup();
    expect(handle(good, { id: EXT_ID, url: 'https://evil.example/abs/1706.03762', tab: TAB })).toBeUndefined();
    expect(handle(good, { id: EXT_ID, url: 'https://arxiv.org.evil.example/abs/1', tab: TAB })).toBeUndefined();
    expect(handle(good, { id: EXT_ID, tab: TAB })).toBeUndefined();
    expect(resolve).not.toHaveBeenCalled();
  });

  it('ignores malformed messages', () => {
    const { handle, resolve } = setup();
    const sender = { id: EXT_ID, url: 'https://arxiv.org/abs/1706.03762', tab: TAB };
    const malformed: unknown[] = [
      null,
      'peerlens:resolve',
      { type: 'peerlens:unknown' },
      { type: 'peerlens:resolve', papers: [] },
      { type: 'peerlens:resolve', papers: [{ authors: [{ name: 'No Identifier' }] }] },
      { type: 'peerlens:resolve', papers: [{ arxivId: 'not-an-id', authors: [{ name: 'A B' }] }] },
      { type: 'peerlens:resolve', papers: [{ arxivId: '1706.03762', authors: [{ name: '   ' }] }] },
      // Extra fields (a page URL, say) are refused: the message carries identifiers and names only.
      { type: 'peerlens:resolve', url: 'https://arxiv.org/abs/1706.03762', papers: good.papers },
    ];
    for (const message of malformed) expect(handle(message, sender)).toBeUndefined();
    expect(resolve).not.toHaveBeenCalled();
  });
});
