import { UNSAFE_TEXT_RE } from '../../lib/api/constants';

/**
 * Where a finished sign-in may send its session token: only to an extension's own redirect URL, which the
 * browser hands to `launchWebAuthFlow` and no web page can receive —
 *   Chrome: `https://<32 letters a-p>.chromiumapp.org/…` (`identity.getRedirectURL()`),
 *   Firefox: `https://<hex or uuid>.extensions.allizom.org/…`,
 * or to a URL starting with one of the configured prefixes (`AUTH_REDIRECT_URLS`). The token travels in the
 * fragment, so a redirect URL must not carry one of its own.
 */
const CHROME = /^[a-p]{32}\.chromiumapp\.org$/;
const FIREFOX = /^([0-9a-f]{40}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.extensions\.allizom\.org$/;

export function isAllowedRedirect(value: string, allowList: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // A NUL or broken character in the path is kept by URL parsing but refused by the database that stores the attempt.
  if (url.hash !== '' || url.username !== '' || url.password !== '' || value.length > 500 || UNSAFE_TEXT_RE.test(value)) return false;
  if (allowList.some((prefix) => url.href.startsWith(prefix))) return true;
  return url.protocol === 'https:' && url.port === '' && (CHROME.test(url.hostname) || FIREFOX.test(url.hostname));
}

/** The extension's redirect URL with the outcome in its fragment (never in the query, which servers log). */
export function redirectWithFragment(redirectUri: string, values: Record<string, string>): string {
  const url = new URL(redirectUri);
  url.hash = new URLSearchParams(values).toString();
  return url.toString();
}
