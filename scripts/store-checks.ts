/**
 * What a store package must be, as pure checks over its manifest and files (scripts/check-packages.ts runs
 * them on `npm run zip`'s output; tests/unit/store-checks.test.ts shows each one failing on a bad package).
 */

export interface PackageFiles {
  /** Paths inside the zip, `/`-separated, no leading slash. */
  names: string[];
  /** Text of a file, or null for a binary one. */
  text(name: string): string | null;
}

export interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

/**
 * Addresses of tests and development, never in a package: a URL to them (`http://127.0.0.1:8787`, `//localhost`).
 * The bare word is allowed: the options page accepts a reader's own `localhost` service, and says so in code.
 */
const TEST_HOSTS = /\/\/(?:127\.0\.0\.1|localhost)\b/;

/** Chrome permissions PeerLens may ask for; anything else is a review question the README must answer first. */
const CHROME_PERMISSIONS = new Set(['storage', 'scripting', 'identity', 'alarms', 'contextMenus', 'notifications', 'activeTab']);

const check = (name: string, ok: boolean, detail?: string): Check => (ok || detail === undefined ? { name, ok } : { name, ok, detail });

type Manifest = Record<string, unknown> & {
  manifest_version?: number;
  name?: string;
  description?: string;
  version?: string;
  key?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[]; matches?: string[] }[];
  web_accessible_resources?: ({ resources: string[]; matches?: string[] } | string)[];
  browser_specific_settings?: { gecko?: { id?: string } };
};

export function parseManifest(files: PackageFiles): Manifest | null {
  try {
    return JSON.parse(files.text('manifest.json') ?? '') as Manifest;
  } catch {
    return null;
  }
}

/** Every file the manifest names. */
function referencedFiles(m: Manifest): string[] {
  const war = (m.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : w.resources));
  return [
    ...Object.values(m.icons ?? {}),
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    m.action?.default_popup,
    m.browser_action?.default_popup,
    m.options_ui?.page,
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...war,
  ].filter((f): f is string => typeof f === 'string' && !f.includes('*'));
}

/** Checks both browsers' packages share: files present, no test host, the production service URL inside. */
function commonChecks(label: string, files: PackageFiles, m: Manifest, serviceUrl: string): Check[] {
  const names = new Set(files.names);
  const missing = referencedFiles(m).filter((f) => !names.has(f.replace(/^\//, '')));
  const withTestHost = files.names.filter((n) => TEST_HOSTS.test(files.text(n) ?? ''));
  const withService = files.names.filter((n) => (files.text(n) ?? '').includes(serviceUrl));
  return [
    check(`${label}: every file the manifest names is in the package`, missing.length === 0, `missing: ${missing.join(', ')}`),
    check(`${label}: no test or development host (127.0.0.1, localhost) in any file`, withTestHost.length === 0, `found in ${withTestHost.join(', ')}`),
    check(`${label}: carries the production service URL ${serviceUrl}`, withService.length > 0, 'not found in any file'),
    check(`${label}: no development key`, m.key === undefined, 'manifest.key is set'),
  ];
}

/** The Chrome Web Store's manifest rules that PeerLens can break. */
export function chromePackageChecks(files: PackageFiles, serviceUrl: string): Check[] {
  const m = parseManifest(files);
  if (!m) return [check('chrome: manifest.json parses', false, 'missing or not JSON')];
  const perms = m.permissions ?? [];
  const unknown = perms.filter((p) => !CHROME_PERMISSIONS.has(p));
  const war = (m.web_accessible_resources ?? []).filter((w): w is { resources: string[]; matches?: string[] } => typeof w !== 'string');
  return [
    check('chrome: manifest.json parses', true),
    check('chrome: Manifest V3', m.manifest_version === 3, `manifest_version ${String(m.manifest_version)}`),
    check('chrome: name of 1–75 characters', typeof m.name === 'string' && m.name.length > 0 && m.name.length <= 75, `name "${m.name ?? ''}"`),
    check('chrome: description of at most 132 characters', typeof m.description === 'string' && m.description.length <= 132, `${m.description?.length ?? 0} characters`),
    check('chrome: version of one to four dot-separated integers', /^\d{1,5}(\.\d{1,5}){0,3}$/.test(m.version ?? ''), `version "${m.version ?? ''}"`),
    check('chrome: a 128×128 icon', typeof m.icons?.['128'] === 'string', 'icons.128 missing'),
    check('chrome: only the permissions the README explains', unknown.length === 0, `unexpected: ${unknown.join(', ')}`),
    // All sites, and nothing narrower or wider: the always-on scholarly-page detector's (its reason on the options page
    // and in docs/privacy.md); the reader can narrow PeerLens to the sites it knows.
    check(
      'chrome: host access is exactly the scholarly-page detector’s (http and https pages)',
      JSON.stringify([...(m.host_permissions ?? [])].sort()) === JSON.stringify(['http://*/*', 'https://*/*']),
      `host_permissions: ${(m.host_permissions ?? []).join(', ')}`,
    ),
    check(
      'chrome: web-accessible resources limited to listed sites',
      war.every((w) => (w.matches ?? []).length > 0 && !(w.matches ?? []).some((p) => p === '<all_urls>' || p.startsWith('*://*/') || p.startsWith('https://*/'))),
      JSON.stringify(m.web_accessible_resources),
    ),
    ...commonChecks('chrome', files, m, serviceUrl),
  ];
}

/** The Firefox package's own manifest checks (web-ext lint runs beside these). */
export function firefoxPackageChecks(files: PackageFiles, serviceUrl: string): Check[] {
  const m = parseManifest(files);
  if (!m) return [check('firefox: manifest.json parses', false, 'missing or not JSON')];
  return [
    check('firefox: manifest.json parses', true),
    check('firefox: Manifest V2 (see README, Firefox)', m.manifest_version === 2, `manifest_version ${String(m.manifest_version)}`),
    check('firefox: the add-on id that keeps the sign-in redirect URL stable', m.browser_specific_settings?.gecko?.id === 'peerlens@peerlens.org', JSON.stringify(m.browser_specific_settings)),
    ...commonChecks('firefox', files, m, serviceUrl),
  ];
}

/** The sources package: what a reviewer needs to rebuild the add-on, and nothing built or installed. */
export function sourcesPackageChecks(files: PackageFiles): Check[] {
  const names = new Set(files.names);
  const needed = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'].filter((f) => !names.has(f));
  const folders = ['entrypoints/', 'lib/', 'components/', 'public/'].filter((d) => !files.names.some((n) => n.startsWith(d)));
  const built = files.names.filter((n) => /^(node_modules|\.output|\.wxt|\.data|test-results)\//.test(n));
  return [
    check('sources: package.json, lock file, wxt.config.ts, tsconfig.json and README.md', needed.length === 0, `missing: ${needed.join(', ')}`),
    check('sources: the extension’s folders (entrypoints, lib, components, public)', folders.length === 0, `missing: ${folders.join(', ')}`),
    check('sources: nothing built, installed or local (node_modules, .output, .wxt, .data, test-results)', built.length === 0, `found: ${built.slice(0, 5).join(', ')}`),
  ];
}

/** `web-ext lint --output json` → one check (no errors), with the warnings listed for the report. */
export function lintCheck(report: { summary?: { errors?: number }; errors?: { code: string; file?: string; message: string }[] } | null): Check {
  if (!report?.summary) return check('firefox: web-ext lint ran', false, 'no report');
  const errors = report.errors ?? [];
  return check('firefox: web-ext lint reports no errors', errors.length === 0, errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`).join('; '));
}
