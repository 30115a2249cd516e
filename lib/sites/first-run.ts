/**
 * Why PeerLens asks to read every site, in one sentence shown wherever the access is asked for or can
 * be narrowed (first-run page, options page; docs/privacy.md says the same), and the first-run step.
 */
import { ALL_SITES } from './detector-registration';

export const ALL_SITES_REASON =
  'PeerLens reads the head of each page you open to recognise a scholarly article by its citation metadata, wherever it is published; on any other page it does nothing more and sends nothing, and from an article page it sends only the paper’s identifiers and author names.';

export const FIRST_RUN_PAGE = '/welcome.html';

export interface FirstRunBrowser {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  tabs: { create(p: { url: string }): Promise<unknown> };
  runtime: { getURL(path: typeof FIRST_RUN_PAGE): string };
}

/** Opens the first-run page where access to all sites is not granted yet (Firefox); Chrome grants it at install. */
export async function openFirstRunPage(api: FirstRunBrowser): Promise<boolean> {
  if (await api.permissions.contains({ origins: [...ALL_SITES] }).catch(() => false)) return false;
  await api.tabs.create({ url: api.runtime.getURL(FIRST_RUN_PAGE) });
  return true;
}

/** Asks for all sites; must run inside the reader's click (the browser's prompt needs the gesture). */
export async function requestAllSites(permissions: { request(p: { origins: string[] }): Promise<boolean> }): Promise<boolean> {
  return permissions.request({ origins: [...ALL_SITES] }).catch(() => false);
}
