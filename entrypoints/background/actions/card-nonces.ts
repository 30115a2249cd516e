/**
 * One nonce per tab, issued when the card opens there and required on the card's action messages. A page
 * script cannot read it (it lives in the content script's isolated world), so even a message that somehow
 * reached the background from the page would not carry it. Kept in `storage.session` when there is one, so
 * an MV3 service worker that sleeps between the card opening and the click still knows it.
 */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'cardNonces';

export function createCardNonces(area: SessionArea | undefined, random: () => string = randomNonce) {
  const memory = new Map<number, string>();
  async function load(): Promise<Map<number, string>> {
    if (!area) return memory;
    const raw = (await area.get(KEY).catch((): Record<string, unknown> => ({})))[KEY];
    return new Map(raw && typeof raw === 'object' ? Object.entries(raw as Record<string, string>).map(([k, v]) => [Number(k), v]) : []);
  }
  return {
    async issue(tabId: number): Promise<string> {
      const nonce = random();
      const all = await load();
      all.set(tabId, nonce);
      if (area) await area.set({ [KEY]: Object.fromEntries(all) }).catch(() => undefined);
      return nonce;
    },
    async check(tabId: number, nonce: string | undefined): Promise<boolean> {
      if (!nonce) return false;
      return (await load()).get(tabId) === nonce;
    },
  };
}
export type CardNonces = ReturnType<typeof createCardNonces>;

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}
