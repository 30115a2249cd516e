import { MeResponse, parseSignInRedirect, signInUrl } from '../../lib/api/auth';
import { ActionError, callService, type ServiceCallDeps } from '../../lib/actions/service-call';

/** The two calls of `browser.identity` sign-in needs (a fake in tests). */
export interface IdentityApi {
  getRedirectURL(path?: string): string;
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
}

/**
 * Sign in with ORCID: the browser's auth window goes to the service's start URL, on to ORCID and back to
 * this extension's redirect URL with the session token in the fragment. Runs in the background, because a
 * popup closes as soon as the auth window takes the focus.
 */
export async function signInWithOrcid(deps: ServiceCallDeps & { identity: IdentityApi }): Promise<MeResponse> {
  const url = signInUrl(await deps.serviceUrl(), deps.identity.getRedirectURL());
  let finalUrl: string | undefined;
  try {
    finalUrl = await deps.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new ActionError(`Sign-in with ORCID did not finish${detail}.`, null);
  }
  const result = parseSignInRedirect(finalUrl ?? '');
  if (!result.ok) throw new ActionError(`Sign-in with ORCID failed: ${result.description ?? result.error}`, null);
  await deps.session.save({ token: result.token, expiresAt: result.expiresAt, orcid: null, name: null });
  const me = await callService(deps, 'GET', '/v1/me', MeResponse);
  await deps.session.save({ token: result.token, expiresAt: result.expiresAt, orcid: me.user.orcid, name: me.user.name });
  return me;
}
