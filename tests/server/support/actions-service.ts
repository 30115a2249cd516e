import { expect } from 'vitest';
import { createApp } from '../../../server/app';
import type { AuthDeps } from '../../../server/auth/deps';
import { OrcidSignIn } from '../../../server/auth/orcid-oidc';
import type { Database } from '../../../server/db/client';
import { LOCAL_ACCOUNTS, type LocalAccount } from '../../../server/dev/accounts';
import { startLocalOrcidProvider, type LocalOrcidProvider } from '../../../server/dev/oidc-provider';
import { startOrcidApiReplay, type OrcidApiReplay } from '../../../server/dev/orcid-api';
import { OpenAlexClient } from '../../../server/upstream/openalex';
import { OrcidApiClient } from '../../../server/upstream/orcid';
import { createTestDatabase } from './db';
import { startOpenAlexReplay, type OpenAlexReplay } from '../../../server/dev/openalex-replay';

/** Where the in-process service says it lives; the provider redirects there and the test hands it to the app. */
export const PUBLIC_URL = 'http://peerlens.test';
/** A Chrome extension's `identity.getRedirectURL()`. */
export const EXTENSION_REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/signed-in';
const CLIENT = { clientId: 'peerlens-test', clientSecret: 'test-secret', redirectUris: [`${PUBLIC_URL}/v1/auth/orcid/callback`] };

export interface ActionsService {
  app: ReturnType<typeof createApp>;
  database: Database;
  openalex: OpenAlexReplay;
  provider: LocalOrcidProvider;
  orcidApi: OrcidApiReplay;
  clock: { now: Date };
  /** The full sign-in against the local provider, as the extension's auth window would do it; returns the token. */
  signIn(orcid: string): Promise<string>;
  /** A request with `authorization: Bearer <token>` (and a JSON body when given). */
  call(method: string, path: string, token: string | null, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

export async function createActionsService(options: { accounts?: readonly LocalAccount[] } = {}): Promise<ActionsService> {
  const accounts = options.accounts ?? LOCAL_ACCOUNTS;
  const [database, openalex, provider, orcidApi] = await Promise.all([
    createTestDatabase(),
    startOpenAlexReplay(),
    startLocalOrcidProvider({ clients: [CLIENT], accounts }),
    startOrcidApiReplay({ accounts }),
  ]);
  const clock = { now: new Date('2026-05-20T12:00:00Z') };
  const auth: AuthDeps = {
    signIn: new OrcidSignIn({ issuer: provider.issuer, clientId: CLIENT.clientId, clientSecret: CLIENT.clientSecret, callbackUrl: CLIENT.redirectUris[0]! }),
    orcidApi: new OrcidApiClient({ baseUrl: orcidApi.apiUrl, timeoutMs: 2_000 }),
    redirectAllowList: [],
    secure: false,
  };
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    openalex: new OpenAlexClient({ baseUrl: openalex.url, timeoutMs: 2_000, retry: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 20, maxRetryAfterMs: 100 } }),
    now: () => clock.now,
    auth,
  });

  const call: ActionsService['call'] = async (method, path, token, body) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return app.request(path, { method, headers, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
  };

  return {
    app,
    database,
    openalex,
    provider,
    orcidApi,
    clock,
    call,
    signIn: async (orcid) => {
      const flow = await startSignIn(app);
      const callback = await loginAtProvider(flow.providerUrl, orcid);
      const res = await finishAtService(app, callback, flow.bindingCookie);
      expect(res.status).toBe(302);
      const fragment = new URLSearchParams(new URL(res.headers.get('location')!).hash.slice(1));
      const token = fragment.get('token');
      if (!token) throw new Error(`Sign-in as ${orcid} ended without a token: ${res.headers.get('location')}`);
      return token;
    },
    close: async () => {
      await Promise.all([openalex.close(), provider.close(), orcidApi.close()]);
      await database.close();
    },
  };
}

/** `/start` as the extension's auth window opens it: the provider URL it redirects to and the binding cookie. */
export async function startSignIn(app: ActionsService['app'], redirect = EXTENSION_REDIRECT): Promise<{ providerUrl: string; bindingCookie: string }> {
  const res = await app.request(`/v1/auth/orcid/start?redirect_uri=${encodeURIComponent(redirect)}`);
  expect(res.status).toBe(302);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('peerlens_signin='));
  expect(cookie).toMatch(/HttpOnly/i);
  return { providerUrl: res.headers.get('location')!, bindingCookie: cookie!.split(';')[0]! };
}

/** The provider's side, redirects followed by hand with its cookies: authorize → login form → typed iD → callback URL. */
export async function loginAtProvider(providerUrl: string, orcid: string): Promise<URL> {
  const jar = new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return res;
  };
  let url = providerUrl;
  for (let hops = 0; hops < 10; hops++) {
    const res = await go(url);
    if (res.status === 200 && url.includes('/interaction/')) {
      const form = await go(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ orcid }).toString() });
      if (form.status >= 400) throw new Error(`The local provider refused ${orcid}: ${await form.text()}`);
      url = new URL(form.headers.get('location')!, url).toString();
      continue;
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`The provider answered ${res.status} at ${url}: ${await res.text()}`);
    const next = new URL(location, url);
    if (next.href.startsWith(PUBLIC_URL)) return next;
    url = next.toString();
  }
  throw new Error('Too many redirects at the provider.');
}

/** The callback, handed to the in-process app as the browser would deliver it. */
export async function finishAtService(app: ActionsService['app'], callback: URL, bindingCookie: string | null): Promise<Response> {
  return app.request(`${callback.pathname}${callback.search}`, bindingCookie ? { headers: { cookie: bindingCookie } } : {});
}

export const account = (name: 'priem' | 'piwowar' | 'mearman' | 'roberts' | 'carberry'): LocalAccount =>
  LOCAL_ACCOUNTS.find((a) => a.familyName.toLowerCase() === name)!;
