import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as oidc from 'openid-client';
import type { SignOutResponse } from '../../lib/api/auth';
import type { AppDeps } from '../deps';
import { LIMITS, rateLimit } from './rate-limit';
import { clientKey, requireSession, type SessionEnv } from '../auth/middleware';
import { SignInError } from '../auth/orcid-oidc';
import { isAllowedRedirect, redirectWithFragment } from '../auth/redirects';
import { createSession } from '../auth/sessions';
import { revokeSession } from '../db/sessions-store';
import { randomToken, sha256 } from '../auth/tokens';
import { saveTransaction, takeTransaction, TRANSACTION_MINUTES } from '../db/auth-transactions-store';
import { upsertUser } from '../db/users-store';
import { apiError } from '../http-errors';

/** Binds a sign-in to the browser window that started it, so a started flow cannot be finished elsewhere. */
const BINDING_COOKIE = 'peerlens_signin';
const COOKIE_PATH = '/v1/auth/orcid';
/** openid-client's `randomState()`: 32 random bytes, base64url; anything else is not one of ours. */
const SIGN_IN_STATE = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Sign in with ORCID: `/start` keeps the attempt (state, nonce, PKCE verifier, the extension's redirect URL)
 * in the database and sends the window to ORCID; the callback takes it back exactly once, lets openid-client
 * check everything ORCID returned, and sends the window to the extension with a session token in the fragment.
 */
export function authRoutes(deps: AppDeps): Hono {
  const routes = new Hono();

  routes.get('/auth/orcid/start', rateLimit(deps, LIMITS.signInStart, (c) => clientKey(c, deps.trustProxy)), async (c) => {
    const signIn = deps.auth?.signIn;
    if (!signIn) return apiError(c, 503, 'Sign-in with ORCID is not configured on this service (ORCID_CLIENT_ID, ORCID_CLIENT_SECRET).');
    const redirectUri = c.req.query('redirect_uri') ?? '';
    if (!isAllowedRedirect(redirectUri, deps.auth?.redirectAllowList)) {
      return apiError(c, 400, 'redirect_uri must be the extension’s own redirect URL (https://<extension id>.chromiumapp.org/ or its Firefox equivalent).');
    }
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    let url: URL;
    try {
      url = await signIn.authorizationUrl(checks);
    } catch {
      return apiError(c, 503, 'ORCID cannot be reached for sign-in right now; try again later.');
    }
    const binding = randomToken();
    await saveTransaction(deps.db, { ...checks, redirectUri, browserBindingHash: sha256(binding) }, deps.now());
    setCookie(c, BINDING_COOKIE, binding, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.auth?.secure ?? false,
      maxAge: TRANSACTION_MINUTES * 60,
    });
    return c.redirect(url.toString(), 302);
  });

  routes.get('/auth/orcid/callback', async (c) => {
    const signIn = deps.auth?.signIn;
    if (!signIn) return apiError(c, 503, 'Sign-in with ORCID is not configured on this service.');
    const state = c.req.query('state');
    if (!state) return apiError(c, 400, 'The sign-in answer has no state.');
    if (!SIGN_IN_STATE.test(state)) return apiError(c, 400, 'This sign-in attempt is unknown, expired or already finished; start again.');
    // The binding is checked in the same statement that spends the attempt: without this browser's cookie the
    // attempt stays untouched, so knowing its `state` is not enough to cancel someone else's sign-in.
    const binding = getCookie(c, BINDING_COOKIE);
    const taken = await takeTransaction(deps.db, state, binding ? sha256(binding) : null, deps.now());
    if (taken.kind === 'other-browser') return apiError(c, 400, 'This sign-in was started in another browser window; start again.');
    if (taken.kind === 'unknown') return apiError(c, 400, 'This sign-in attempt is unknown, expired or already finished; start again.');
    const { transaction } = taken;
    deleteCookie(c, BINDING_COOKIE, { path: COOKIE_PATH });
    const back = (values: Record<string, string>) => c.redirect(redirectWithFragment(transaction.redirectUri, values), 302);

    const denied = c.req.query('error');
    if (denied) return back({ error: denied, error_description: c.req.query('error_description') ?? 'ORCID sign-in was not completed.' });

    // openid-client compares the answer with the registered callback URL, so rebuild it on the public origin.
    const current = new URL(signIn.callbackUrl);
    current.search = new URL(c.req.url).search;
    try {
      const identity = await signIn.finish(current, transaction);
      const now = deps.now();
      const userId = await upsertUser(deps.db, identity.orcid, identity.name, now);
      const session = await createSession(deps.db, userId, now);
      return back({ token: session.token, expires_at: session.expiresAt.toISOString() });
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      return back({ error: 'sign_in_failed', error_description: error.message });
    }
  });

  const signedIn = new Hono<SessionEnv>();
  signedIn.post('/auth/signout', requireSession(deps), async (c) => {
    await revokeSession(deps.db, c.get('session').tokenHash, deps.now());
    return c.json({ signedOut: true } satisfies SignOutResponse);
  });
  routes.route('/', signedIn);
  return routes;
}
