import { z } from 'zod';
import { OpenAlexAuthorId, Orcid } from './ids';
import { Claim } from './actions';

/*
 * Sign in with ORCID, driven by the extension:
 *   1. `browser.identity.launchWebAuthFlow({ url: signInUrl(serviceUrl, browser.identity.getRedirectURL()),
 *      interactive: true })` — the service sends the window on to ORCID and back to its callback;
 *   2. the flow ends on the extension's redirect URL with the session in the fragment:
 *      `#token=<session token>&expires_at=<ISO time>`, or `#error=<code>&error_description=<text>`;
 *   3. `parseSignInRedirect(url)` reads it; keep the token in `storage.local` only and send it as
 *      `authorization: Bearer <token>`. `POST /v1/auth/signout` revokes it.
 */

export const AUTH_PATHS = {
  start: '/v1/auth/orcid/start',
  callback: '/v1/auth/orcid/callback',
  signOut: '/v1/auth/signout',
  me: '/v1/me',
} as const;

/** The URL to open in `launchWebAuthFlow`. */
export function signInUrl(serviceUrl: string, extensionRedirectUrl: string): string {
  const url = new URL(AUTH_PATHS.start, serviceUrl);
  url.searchParams.set('redirect_uri', extensionRedirectUrl);
  return url.toString();
}

/** 43 characters: 32 random bytes, base64url. */
export const SessionToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a PeerLens session token');

export const SignInResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), token: SessionToken, expiresAt: z.iso.datetime() }),
  z.object({ ok: z.literal(false), error: z.string(), description: z.string().nullable() }),
]);
export type SignInResult = z.infer<typeof SignInResult>;

/** Reads the final URL of the sign-in flow; anything unexpected is an error result, never a throw. */
export function parseSignInRedirect(finalUrl: string): SignInResult {
  let fragment: URLSearchParams;
  try {
    fragment = new URLSearchParams(new URL(finalUrl).hash.replace(/^#/, ''));
  } catch {
    return { ok: false, error: 'invalid_redirect', description: 'The sign-in window ended on an unreadable address.' };
  }
  const error = fragment.get('error');
  if (error) return { ok: false, error, description: fragment.get('error_description') };
  const parsed = SignInResult.safeParse({ ok: true, token: fragment.get('token'), expiresAt: fragment.get('expires_at') });
  return parsed.success ? parsed.data : { ok: false, error: 'invalid_redirect', description: 'The sign-in answer carried no session.' };
}

export const SessionUser = z.object({ id: z.uuid(), orcid: Orcid, name: z.string().nullable() });
export type SessionUser = z.infer<typeof SessionUser>;

/** A dispute the signed-in user is part of: someone claims a record they own, or they claim an owned one. */
export const DisputeNotice = z.object({
  researcherId: OpenAlexAuthorId,
  claimId: z.uuid(),
  role: z.enum(['owner', 'claimant']),
  openedAt: z.string(),
  message: z.string(),
  /** The record's name, when the service has stored it (older services send neither field). */
  researcherName: z.string().nullable().default(null),
  /** For the owner: who disputes their claim (ORCID iDs are public). Null for the claimant: the owner is not named. */
  claimant: z.object({ orcid: Orcid, name: z.string().nullable() }).nullable().default(null),
});
export type DisputeNotice = z.infer<typeof DisputeNotice>;

/** `GET /v1/me`. */
export const MeResponse = z.object({
  user: SessionUser,
  session: z.object({ expiresAt: z.string() }),
  /** Every claim of this user, approved ones carrying the owner's settings (open to collaborate, headline). */
  claims: z.array(Claim),
  disputes: z.array(DisputeNotice),
  settings: z.object({
    /** Records this user owns (approved claims). */
    ownedResearcherIds: z.array(OpenAlexAuthorId),
    openToCollaborate: z.boolean(),
  }),
  unreadInvitations: z.number().int().min(0),
});
export type MeResponse = z.infer<typeof MeResponse>;

/** `POST /v1/auth/signout`. */
export const SignOutResponse = z.object({ signedOut: z.literal(true) });
export type SignOutResponse = z.infer<typeof SignOutResponse>;
