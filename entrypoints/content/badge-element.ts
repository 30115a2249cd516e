import type { BadgeView } from './view';
import { THEME_CSS } from '../../lib/badge/band-theme';

export const BADGE_SELECTOR = 'span[data-peerlens="badge"]';

/*
 * The host's own box is set inline: page stylesheets can target the host (it lives in the page's DOM),
 * and inline style beats them. Everything visual lives in the shadow root, out of the page's reach.
 */
const HOST_STYLE =
  'display:inline;margin:0 0 0 0.25em;padding:0;border:0;background:none;' +
  'line-height:1;cursor:pointer;white-space:nowrap;text-decoration:none;';

/**
 * First in the shadow root: a word joiner. An atomic inline (inline-flex, inline-block) is a place the
 * line may break before, so a badge could wrap away from its name; the joiner forbids a break on either
 * side of it, which keeps the badge on its name's line without touching the page's own elements.
 */
const NO_BREAK = '\u2060';

const BADGE_CSS = `${THEME_CSS}
.pill{display:inline-flex;vertical-align:middle;align-items:center;justify-content:center;box-sizing:border-box;min-width:1.6em;
height:1.45em;padding:0 .45em;border-radius:.75em;font:600 11px/1 system-ui,-apple-system,"Segoe UI",sans-serif;
letter-spacing:.01em;background:var(--pl-fill,var(--pl-neutral));color:var(--pl-fill-ink,var(--pl-neutral-ink))}
.neutral{--pl-fill:var(--pl-neutral);--pl-fill-ink:var(--pl-neutral-ink)}
.error{--pl-fill:var(--pl-error);--pl-fill-ink:var(--pl-error-ink)}
.quiet{min-width:0;height:1.25em;padding:0 .3em;font-size:9px;font-weight:400;opacity:.75}
:host(:hover) .quiet,:host(:focus-visible) .quiet{opacity:1}
:host(:focus-visible){outline:none}
:host(:focus-visible) .pill{outline:2px solid var(--pl-focus);outline-offset:1px}
:host([data-state="loading"]) .pill{opacity:.7}`;

/** A badge host for the author named `name` at `position`, in `loading` state. */
export function createBadge(doc: Document, name: string, position: number): HTMLSpanElement {
  const host = doc.createElement('span');
  host.setAttribute('data-peerlens', 'badge');
  host.setAttribute('data-author-name', name);
  host.setAttribute('data-author-position', String(position));
  host.setAttribute('role', 'button');
  host.setAttribute('tabindex', '0');
  host.setAttribute('aria-expanded', 'false');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  if (!adoptSharedSheet(root)) {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    root.append(style);
  }
  root.append(doc.createTextNode(NO_BREAK));
  const pill = doc.createElement('span');
  pill.className = 'pill';
  pill.setAttribute('aria-hidden', 'true');
  root.append(pill);
  return host;
}

let sharedSheet: CSSStyleSheet | null | undefined;

/**
 * One constructed stylesheet shared by every badge: a page with 3,400 badges then has one sheet to
 * match, not 3,400 copies. Firefox content scripts cannot adopt sheets (Xray), so the caller falls back.
 */
function adoptSharedSheet(root: ShadowRoot): boolean {
  try {
    if (sharedSheet === undefined) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    }
    if (!sharedSheet) return false;
    root.adoptedStyleSheets = [sharedSheet];
    if (root.adoptedStyleSheets.length === 1) return true;
  } catch {
    // Not supported here.
  }
  sharedSheet = null;
  return false;
}

export function renderBadge(host: HTMLElement, view: BadgeView): void {
  host.setAttribute('data-state', view.state);
  host.setAttribute('aria-label', view.ariaLabel);
  host.setAttribute('title', view.tooltip);
  if (view.researcher) {
    host.setAttribute('data-researcher-id', view.researcher.id);
    host.setAttribute('data-verification', view.researcher.verification);
    if (view.researcher.score === null) host.removeAttribute('data-trust-score');
    else host.setAttribute('data-trust-score', String(view.researcher.score));
  } else {
    for (const attr of ['data-researcher-id', 'data-trust-score', 'data-verification']) host.removeAttribute(attr);
  }
  const pill = host.shadowRoot?.querySelector('.pill');
  if (pill) {
    pill.className = `pill ${view.tone}`;
    pill.textContent = view.text;
  }
}

/** The badge already placed after `element`, if any (from this or an earlier run of the script). */
export function badgeAfter(element: Element): HTMLElement | null {
  const next = element.nextElementSibling;
  return next instanceof HTMLElement && next.matches(BADGE_SELECTOR) ? next : null;
}
