import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeResponse, parseSignInRedirect } from '../../lib/api/auth';
import { ApiError } from '../../lib/api/resolve';
import { sessions } from '../../server/db/schema';
import { account, createActionsService, EXTENSION_REDIRECT, finishAtService, loginAtProvider, startSignIn, type ActionsService } from './support/actions-service';

describe('Sign in with ORCID against the local OpenID provider', () => {
  let svc: ActionsService;
  beforeAll(async () => {
    svc = await createActionsService();
  });
  afterAll(async () => {
    await svc.close();
  });

  const expectError = async (res: Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status);
    expect(ApiError.parse(await res.json()).error).toMatch(message);
  };

  it('signs in: start → provider login → callback → extension redirect with a session token in the fragment', async () => {
    const flow = await startSignIn(svc.app);
    const auth = new URL(flow.providerUrl);
    expect(auth.origin).toBe(svc.provider.issuer);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(auth.searchParams.get('state')).toBeTruthy();
    expect(auth.searchParams.get('nonce')).toBeTruthy();
    expect(auth.searchParams.get('scope')).toBe('openid');
    // The reader picks the ORCID account every time: a claim must not ride on a leftover session.
    expect(auth.searchParams.get('prompt')).toBe('login');

    const callback = await loginAtProvider(flow.providerUrl, account('priem').orcid);
    expect(callback.searchParams.get('code')).toBeTruthy();
    const res = await finishAtService(svc.app, callback, flow.bindingCookie);
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(location.startsWith(`${EXTENSION_REDIRECT}#`)).toBe(true);
    expect(new URL(location).search).toBe(''); // the token is never in the query
    const result = parseSignInRedirect(location);
    if (!result.ok) throw new Error(result.error);
    expect(new Date(result.expiresAt).getTime() - svc.clock.now.getTime()).toBe(30 * 24 * 3600 * 1000);

    const me = MeResponse.parse(await (await svc.call('GET', '/v1/me', result.token)).json());
    expect(me.user).toMatchObject({ orcid: '0000-0001-6187-6610', name: 'Jason Priem' });
    expect(me.claims).toEqual([]);

    // Only the token's SHA-256 is stored.
    const stored = await svc.database.db.select().from(sessions);
    expect(stored.some((s) => s.tokenHash === result.token)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });

  it('signs two different users in as two users', async () => {
    const a = await svc.signIn(account('priem').orcid);
    const b = await svc.signIn(account('carberry').orcid);
    const meA = MeResponse.parse(await (await svc.call('GET', '/v1/me', a)).json());
    const meB = MeResponse.parse(await (await svc.call('GET', '/v1/me', b)).json());
    expect(meB.user.orcid).toBe('0000-0002-1825-0097');
    expect(meA.user.id).not.toBe(meB.user.id);
  });

  it('refuses a callback with a wrong state (400), and the real one still works once', async () => {
    const flow = await startSignIn(svc.app);
    const callback = await loginAtProvider(flow.providerUrl, account('priem').orcid);
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state-we-sent');
    await expectError(await finishAtService(svc.app, forged, flow.bindingCookie), 400, /unknown, expired or already finished/);
    const ok = await finishAtService(svc.app, callback, flow.bindingCookie);
    expect(ok.status).toBe(302);
    expect(parseSignInRedirect(ok.headers.get('location')!).ok).toBe(true);
  });

  it('refuses a replayed callback (400)', async () => {
    const flow = await startSignIn(svc.app);
    const callback = await loginAtProvider(flow.providerUrl, account('priem').orcid);
    expect((await finishAtService(svc.app, callback, flow.bindingCookie)).status).toBe(302);
    await expectError(await finishAtService(svc.app, callback, flow.bindingCookie), 400, /already finished/);
  });

  it('refuses a callback without the cookie of the browser that started it (400)', async () => {
    const flow = await startSignIn(svc.app);
    const callback = await loginAtProvider(flow.providerUrl, account('priem').orcid);
    await expectError(await finishAtService(svc.app, callback, null), 400, /another browser window/);
  });

  it('lets no one but the starting browser spend a sign-in: a callback without its cookie leaves the attempt intact', async () => {
    const flow = await startSignIn(svc.app);
    const callback = await loginAtProvider(flow.providerUrl, account('priem').orcid);
    const state = callback.searchParams.get('state')!;
    // Someone who knows the state, without the cookie: an error callback and the real one, and a wrong cookie.
    await expectError(await svc.app.request(`/v1/auth/orcid/callback?error=access_denied&state=${state}`), 400, /another browser window/);
    await expectError(await finishAtService(svc.app, callback, null), 400, /another browser window/);
    await expectError(await finishAtService(svc.app, callback, 'peerlens_signin=not-the-binding'), 400, /another browser window/);
    // The browser that started it still finishes it, once.
    const ok = await finishAtService(svc.app, callback, flow.bindingCookie);
    expect(ok.status).toBe(302);
    expect(parseSignInRedirect(ok.headers.get('location')!).ok).toBe(true);
    await expectError(await finishAtService(svc.app, callback, flow.bindingCookie), 400, /already finished/);
  });

  it('refuses an expired sign-in attempt (400)', async () => {
    const flow = await startSignIn(svc.app);
    const callback = await loginAtProvider(flow.providerUrl, account('priem').orcid);
    const saved = svc.clock.now;
    svc.clock.now = new Date(saved.getTime() + 11 * 60_000);
    try {
      await expectError(await finishAtService(svc.app, callback, flow.bindingCookie), 400, /expired/);
    } finally {
      svc.clock.now = saved;
    }
  });

  it('passes a provider error back to the extension in the fragment', async () => {
    const flow = await startSignIn(svc.app);
    const state = new URL(flow.providerUrl).searchParams.get('state')!;
    const res = await svc.app.request(`/v1/auth/orcid/callback?error=access_denied&error_description=User+said+no&state=${state}`, { headers: { cookie: flow.bindingCookie } });
    expect(res.status).toBe(302);
    expect(parseSignInRedirect(res.headers.get('location')!)).toEqual({ ok: false, error: 'access_denied', description: 'User said no' });
  });

  it('only redirects to extension redirect URLs', async () => {
    for (const bad of ['https://evil.example/', 'http://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/', 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org.evil.example/', 'https://x.chromiumapp.org/', `${EXTENSION_REDIRECT}#x`, 'javascript:alert(1)', '']) {
      await expectError(await svc.app.request(`/v1/auth/orcid/start?redirect_uri=${encodeURIComponent(bad)}`), 400, /redirect_uri/);
    }
    const firefox = 'https://0123456789abcdef0123456789abcdef01234567.extensions.allizom.org/';
    expect((await svc.app.request(`/v1/auth/orcid/start?redirect_uri=${encodeURIComponent(firefox)}`)).status).toBe(302);
  });

  it('answers 401 for missing, malformed, forged, expired and revoked tokens', async () => {
    const token = await svc.signIn(account('carberry').orcid);
    expect((await svc.call('GET', '/v1/me', token)).status).toBe(200);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [null, 'not-a-token', forged, 'A'.repeat(43)]) {
      const res = await svc.call('GET', '/v1/me', bad);
      await expectError(res, 401, /Sign in with ORCID first/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const saved = svc.clock.now;
    svc.clock.now = new Date(saved.getTime() + 31 * 24 * 3600 * 1000);
    try {
      expect((await svc.call('GET', '/v1/me', token)).status).toBe(401);
    } finally {
      svc.clock.now = saved;
    }
    expect((await svc.call('POST', '/v1/auth/signout', token)).status).toBe(200);
    expect((await svc.call('GET', '/v1/me', token)).status).toBe(401);
    expect((await svc.call('PUT', '/v1/me/following/A5023888391', token)).status).toBe(401);
    expect((await svc.call('POST', '/v1/auth/signout', token)).status).toBe(401);
  });
});
