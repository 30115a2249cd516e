import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../entrypoints/background/router';
import { PROTOCOL, type MessageType, type SenderInfo } from '../../../lib/protocol';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const ENABLED = 'https://arxiv.org/abs/1706.03762v7';

const page: SenderInfo = { id: EXT, url: `${ORIGIN}options.html` };
const content: SenderInfo = { id: EXT, url: ENABLED, frameId: 0, tab: { id: 7 } };
/** The same content script, on a site the reader has not enabled. */
const offSite: SenderInfo = { ...content, url: 'https://evil.example/abs/1706.03762' };
/** Another extension sending from the same page. */
const otherExtension: SenderInfo = { ...content, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' };
/** A web page (no extension id: what `externally_connectable` would give it). */
const webPage: SenderInfo = { url: ENABLED, frameId: 0, tab: { id: 7 } };

const paper = { arxivId: '1706.03762', authors: [{ name: 'Ashish Vaswani' }] };
const follow = { kind: 'follow', id: 'A5023888391' };

/** Each message kind: a valid body, the senders it must be accepted from, and the right ones it must still refuse. */
const CASES: Record<MessageType, { message: Record<string, unknown>; accepted: SenderInfo[]; refused: SenderInfo[] }> = {
  'peerlens:resolve': { message: { type: 'peerlens:resolve', papers: [paper] }, accepted: [content, page], refused: [] },
  'peerlens:profile': { message: { type: 'peerlens:profile', id: 'A5023888391' }, accepted: [content, page], refused: [] },
  'peerlens:open-profile': { message: { type: 'peerlens:open-profile', id: 'A5023888391' }, accepted: [content, page], refused: [] },
  'peerlens:open-search': { message: { type: 'peerlens:open-search', name: 'Shaoqing Ren' }, accepted: [content, page], refused: [] },
  'peerlens:choose': {
    message: { type: 'peerlens:choose', paper: { arxivId: '1706.03762' }, position: 1, name: 'Ashish Vaswani', researcherId: 'A5023888391' },
    accepted: [content, page],
    refused: [],
  },
  // The nonce goes to a content script in a tab, never to a page.
  'peerlens:card-open': { message: { type: 'peerlens:card-open', id: 'A5023888391' }, accepted: [content], refused: [page, { ...content, tab: undefined }] },
  // The background runs a file into exactly the asking frame: it must know it.
  'peerlens:load-card': { message: { type: 'peerlens:load-card' }, accepted: [content], refused: [page, { ...content, frameId: undefined }] },
  'peerlens:scholarly-page': {
    message: { type: 'peerlens:scholarly-page' },
    accepted: [content],
    refused: [page, { ...content, frameId: undefined }, { ...content, url: 'file:///tmp/a.html' }],
  },
  // From the card only with a trusted gesture and a nonce (whose value the action handler then checks).
  'peerlens:action': {
    message: { type: 'peerlens:action', action: follow, gesture: true, nonce: 'nonce-1' },
    accepted: [content, page],
    refused: [],
  },
  // A content script's sender URL is the web page's: only the options page can clear the cache.
  'peerlens:clear-cache': { message: { type: 'peerlens:clear-cache' }, accepted: [page], refused: [content] },
};

function setup(served: (url: URL) => boolean = (url) => url.origin === 'https://arxiv.org', sitesReady?: Promise<void>) {
  const calls: MessageType[] = [];
  const handlers = Object.fromEntries(
    Object.keys(PROTOCOL).map((type) => [
      type,
      vi.fn(async () => {
        calls.push(type as MessageType);
        return { ok: true };
      }),
    ]),
  ) as unknown as Handlers;
  const route = createRouter({ extensionId: EXT, extensionOrigin: ORIGIN, served, sitesReady, handlers });
  return { route, calls };
}

describe('the background router: one sender check for every message', () => {
  it('knows every message of the protocol, and this test covers each one', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(PROTOCOL).sort());
  });

  for (const [type, { message, accepted, refused }] of Object.entries(CASES)) {
    it(`${type}: refused from another extension, a web page and a site not enabled; accepted from its own senders`, async () => {
      const { route, calls } = setup();
      for (const sender of [otherExtension, webPage, offSite, { ...content, url: undefined }, ...refused]) {
        expect(route(message, sender), JSON.stringify(sender)).toBeUndefined();
      }
      expect(calls).toEqual([]);
      for (const sender of accepted) {
        const routed = route(message, sender);
        expect(routed, JSON.stringify(sender)).toBeDefined();
        await routed!.answer;
      }
      expect(calls).toEqual(accepted.map(() => type));
    });
  }

  it('takes only the card’s few actions from a content script, each with gesture and nonce; a page may ask for any', async () => {
    const { route, calls } = setup();
    const card = (patch: object) => route({ type: 'peerlens:action', action: follow, gesture: true, nonce: 'nonce-1', ...patch }, content);
    expect(card({ nonce: undefined })).toBeUndefined();
    expect(card({ nonce: '' })).toBeUndefined();
    expect(card({ gesture: undefined })).toBeUndefined();
    expect(card({ gesture: false })).toBeUndefined();
    expect(card({ action: { kind: 'sign-out' } })).toBeUndefined();
    expect(card({ action: { kind: 'claim', id: 'A5023888391' } })).toBeUndefined();
    expect(calls).toEqual([]);
    await card({ action: { kind: 'unfollow', id: 'A5023888391' } })!.answer;
    await route({ type: 'peerlens:action', action: { kind: 'sign-out' } }, page)!.answer;
    expect(calls).toEqual(['peerlens:action', 'peerlens:action']);
  });

  it('refuses malformed bodies and unknown types before any handler runs', () => {
    const { route, calls } = setup();
    for (const message of [null, 'peerlens:resolve', { type: 'peerlens:unknown' }, { type: 'peerlens:load-card', extra: 1 }, { type: 'peerlens:resolve', papers: [] }]) {
      expect(route(message, content)).toBeUndefined();
    }
    expect(calls).toEqual([]);
  });

  it('says which messages expect an answer (the detector’s does not)', () => {
    const { route } = setup();
    expect(route(CASES['peerlens:scholarly-page'].message, content)?.replies).toBe(false);
    expect(route(CASES['peerlens:resolve'].message, content)?.replies).toBe(true);
  });

  it('checks a content script against the reader’s sites only once they were read', async () => {
    let enabled: string[] = [];
    let read!: () => void;
    const ready = new Promise<void>((resolve) => (read = resolve));
    const { route, calls } = setup((url) => enabled.includes(url.origin), ready);
    const onAdded = { ...content, url: 'https://firstmonday.org/ojs/index.php/fm/article/view/10274' };
    const routed = route(CASES['peerlens:resolve'].message, onAdded);
    expect(routed).toBeDefined();
    // An extension page does not wait for the sites.
    await route(CASES['peerlens:clear-cache'].message, page)!.answer;
    expect(calls).toEqual(['peerlens:clear-cache']);
    enabled = ['https://firstmonday.org'];
    read();
    expect(await routed!.answer).toEqual({ ok: true });
    expect(calls).toEqual(['peerlens:clear-cache', 'peerlens:resolve']);
    // Once read, an off-site sender is refused at once.
    expect(route(CASES['peerlens:resolve'].message, offSite)).toBeUndefined();
  });
});
