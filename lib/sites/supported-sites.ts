/**
 * The sites PeerLens supports out of the box (the manifest's content-script matches are theirs), by their
 * URL patterns only: the background's sender check, the options page and the popup read this, and no
 * adapter code comes with it (the table's `site` exports, lib/sites/index.ts).
 */
import { matchesPattern } from '../detect/url-match';
import type { ReaderSettings } from '../settings/reader-settings';
import { SITES } from './index';

export interface SupportedSite {
  /** The on/off key (`ReaderSettings.disabledSites`). */
  site: string;
  label: string;
  matches: string[];
}

export const SUPPORTED_SITES: readonly SupportedSite[] = SITES.map((s) => ({ site: s.id, label: s.label, matches: [...s.matches] }));

/**
 * What decides whether PeerLens works on a page: a supported site, a site the reader added, any other
 * site (served where its pages carry scholarly metadata, while the reader keeps PeerLens on everywhere),
 * or none of these.
 */
export type PageSite =
  | { kind: 'supported'; site: string; label: string }
  | { kind: 'added'; origin: string; label: string }
  | { kind: 'other'; origin: string; label: string };

export function siteOfUrl(url: URL, settings: Pick<ReaderSettings, 'addedOrigins'> & Partial<Pick<ReaderSettings, 'everywhere'>>): PageSite | null {
  const supported = SUPPORTED_SITES.find((s) => s.matches.some((m) => matchesPattern(url, m)));
  if (supported) return { kind: 'supported', site: supported.site, label: supported.label };
  if (settings.addedOrigins.includes(url.origin)) return { kind: 'added', origin: url.origin, label: url.host };
  if (settings.everywhere === true && (url.protocol === 'https:' || url.protocol === 'http:')) return { kind: 'other', origin: url.origin, label: url.host };
  return null;
}

/**
 * The supported site served on an origin's host, whatever its path ("https://arxiv.org" is arXiv even
 * though only its /abs/, /list/… pages get badges): the options page must not add it a second time.
 */
export function supportedSiteOfOrigin(origin: string): SupportedSite | undefined {
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return undefined;
  }
  return SUPPORTED_SITES.find((s) =>
    s.matches.some((m) => {
      const patternHost = /^[^:]+:\/\/([^/]+)\//.exec(m)?.[1];
      if (!patternHost) return false;
      if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
      return host === patternHost || host === `www.${patternHost}` || `www.${host}` === patternHost;
    }),
  );
}

/**
 * Whether a content script on `url` may badge and send: not paused, and a supported site the reader
 * did not switch off, a site the reader added, or (PeerLens on everywhere) another site the reader did
 * not switch off. The background's sender check uses the same rule.
 */
export function isUrlServed(url: URL, settings: ReaderSettings): boolean {
  if (settings.paused) return false;
  const site = siteOfUrl(url, settings);
  if (!site) return false;
  if (site.kind === 'supported') return !settings.disabledSites.includes(site.site);
  return site.kind === 'added' || !settings.disabledOrigins.includes(site.origin);
}

/** Every match pattern of the supported sites (the always-on detector leaves them to their own scripts). */
export function supportedSitePatterns(): string[] {
  return [...new Set(SUPPORTED_SITES.flatMap((s) => s.matches))];
}

