import { describe, expect, it } from 'vitest';
import { chromePackageChecks, firefoxPackageChecks, lintCheck, sourcesPackageChecks, type PackageFiles } from '../../scripts/store-checks';

const URL = 'https://api.peerlens.org';

function pkg(files: Record<string, string>): PackageFiles {
  return { names: Object.keys(files), text: (n) => files[n] ?? null };
}

const chromeManifest = {
  manifest_version: 3,
  name: 'PeerLens',
  description: 'Trust snapshots next to every author name.',
  version: '0.1.0',
  icons: { '128': 'icon/128.png' },
  permissions: ['storage', 'contextMenus'],
  host_permissions: ['https://*/*', 'http://*/*'],
  background: { service_worker: 'background.js' },
  action: { default_popup: 'popup.html' },
  content_scripts: [{ matches: ['https://arxiv.org/abs/*'], js: ['content-scripts/arxiv.js'] }],
  web_accessible_resources: [{ resources: ['card.js'], matches: ['https://arxiv.org/*'] }],
};

function chromeFiles(manifest: object = chromeManifest, background = `const u="${URL}";`) {
  return pkg({
    'manifest.json': JSON.stringify(manifest),
    'icon/128.png': '',
    'background.js': background,
    'popup.html': '<html></html>',
    'content-scripts/arxiv.js': '',
    'card.js': '',
  });
}

const failing = (checks: { name: string; ok: boolean }[]) => checks.filter((c) => !c.ok).map((c) => c.name);

describe('store package checks', () => {
  it('a good Chrome package passes every check', () => {
    expect(failing(chromePackageChecks(chromeFiles(), URL))).toEqual([]);
  });

  it('code that names localhost (the options page accepts a reader’s own local service) is no test host; a URL to one is', () => {
    const code = `const u="${URL}";function local(h){return h==="localhost"}`;
    expect(failing(chromePackageChecks(chromeFiles(chromeManifest, code), URL))).toEqual([]);
    expect(failing(chromePackageChecks(chromeFiles(chromeManifest, `${code};fetch("http://localhost:8787/v1")`), URL))).toEqual([
      'chrome: no test or development host (127.0.0.1, localhost) in any file',
    ]);
  });

  it('a test build fails: the development key, 127.0.0.1 instead of the production URL', () => {
    const failed = failing(chromePackageChecks(chromeFiles({ ...chromeManifest, key: 'MIIB' }, 'const u="http://127.0.0.1:8787";'), URL));
    expect(failed).toEqual([
      'chrome: no test or development host (127.0.0.1, localhost) in any file',
      `chrome: carries the production service URL ${URL}`,
      'chrome: no development key',
    ]);
  });

  it('Chrome rules: MV3, description length, permissions, host access, files, web-accessible matches', () => {
    const bad = {
      ...chromeManifest,
      manifest_version: 2,
      description: 'x'.repeat(133),
      permissions: ['storage', 'tabs'],
      host_permissions: ['<all_urls>'],
      action: { default_popup: 'missing.html' },
      web_accessible_resources: [{ resources: ['card.js'], matches: ['<all_urls>'] }],
    };
    expect(failing(chromePackageChecks(chromeFiles(bad), URL))).toEqual([
      'chrome: Manifest V3',
      'chrome: description of at most 132 characters',
      'chrome: only the permissions the README explains',
      'chrome: host access is exactly the scholarly-page detector’s (http and https pages)',
      'chrome: web-accessible resources limited to listed sites',
      'chrome: every file the manifest names is in the package',
    ]);
    expect(failing(chromePackageChecks(pkg({ 'manifest.json': '{' }), URL))).toEqual(['chrome: manifest.json parses']);
  });

  it('Firefox: MV2 with the add-on id; lint errors fail, a missing report fails', () => {
    const manifest = { manifest_version: 2, browser_specific_settings: { gecko: { id: 'peerlens@peerlens.org' } }, background: { scripts: ['background.js'] } };
    expect(failing(firefoxPackageChecks(pkg({ 'manifest.json': JSON.stringify(manifest), 'background.js': URL }), URL))).toEqual([]);
    const noId = { ...manifest, browser_specific_settings: {} };
    expect(failing(firefoxPackageChecks(pkg({ 'manifest.json': JSON.stringify(noId), 'background.js': URL }), URL))).toEqual([
      'firefox: the add-on id that keeps the sign-in redirect URL stable',
    ]);
    expect(lintCheck({ summary: { errors: 0 }, errors: [] }).ok).toBe(true);
    expect(lintCheck({ summary: { errors: 1 }, errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad' }] })).toMatchObject({ ok: false, detail: expect.stringContaining('MANIFEST_FIELD_INVALID') });
    expect(lintCheck(null).ok).toBe(false);
  });

  it('sources: what a rebuild needs, nothing built or installed', () => {
    const good = pkg({ 'package.json': '{}', 'package-lock.json': '{}', 'wxt.config.ts': '', 'tsconfig.json': '{}', 'README.md': '', 'entrypoints/a.ts': '', 'lib/b.ts': '', 'components/c.tsx': '', 'public/icon.png': '' });
    expect(failing(sourcesPackageChecks(good))).toEqual([]);
    const bad = pkg({ 'package.json': '{}', 'node_modules/x/index.js': '', 'entrypoints/a.ts': '' });
    expect(failing(sourcesPackageChecks(bad))).toHaveLength(3);
  });
});
