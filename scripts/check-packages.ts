/**
 * `npm run check:packages` (run by `npm test` after `npm run zip`): checks the store packages in .output/store/
 * — the Chrome manifest and files, `web-ext lint` on the Firefox package (no network needed), the sources
 * package — prints each check and lint's warnings, and writes the counts to test-results/summary/packages.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { chromePackageChecks, firefoxPackageChecks, lintCheck, sourcesPackageChecks, type Check, type PackageFiles } from './store-checks';

const STORE = '.output/store';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { config?: { serviceUrl?: string } };
const serviceUrl = process.env.PEERLENS_SERVICE_URL ?? pkg.config?.serviceUrl ?? '';

async function open(suffix: string): Promise<{ zip: JSZip; files: PackageFiles; texts: Map<string, string | null> } | null> {
  const name = readdirSync(STORE, { withFileTypes: true }).find((f) => f.isFile() && f.name.endsWith(`-${suffix}.zip`))?.name;
  if (!name) return null;
  const zip = await JSZip.loadAsync(readFileSync(join(STORE, name)));
  const texts = new Map<string, string | null>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const text = /\.(js|mjs|json|html|css|ts|tsx|md|txt)$/.test(entry.name) ? await entry.async('string') : null;
    texts.set(entry.name, text);
  }
  return { zip, texts, files: { names: [...texts.keys()], text: (n) => texts.get(n) ?? null } };
}

type LintReport = { summary?: { errors?: number; warnings?: number }; errors?: { code: string; file?: string; message: string }[]; warnings?: { code: string; file?: string; message: string }[] };

/** web-ext lint on the unpacked Firefox package. */
async function lint(zip: JSZip): Promise<LintReport | null> {
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-firefox-package-'));
  try {
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
      writeFileSync(join(dir, entry.name), await entry.async('nodebuffer'));
    }
    const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    try {
      return JSON.parse(r.stdout) as LintReport;
    } catch {
      console.error(r.stdout, r.stderr);
      return null;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const checks: Check[] = [];
const missing = (what: string): Check => ({ name: `${what} package exists in ${STORE} (npm run zip)`, ok: false });
const chrome = await open('chrome').catch(() => null);
const firefox = await open('firefox').catch(() => null);
const sources = await open('sources').catch(() => null);
checks.push(...(chrome ? chromePackageChecks(chrome.files, serviceUrl) : [missing('chrome')]));
checks.push(...(firefox ? firefoxPackageChecks(firefox.files, serviceUrl) : [missing('firefox')]));
const report = firefox ? await lint(firefox.zip) : null;
if (firefox) checks.push(lintCheck(report));
checks.push(...(sources ? sourcesPackageChecks(sources.files) : [missing('sources')]));

for (const c of checks) console.log(`${c.ok ? '  ✓' : '  ✘'} ${c.name}${c.ok || !c.detail ? '' : ` — ${c.detail}`}`);
const warnings = (report?.warnings ?? []).map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`);
if (warnings.length > 0) console.log(`\nweb-ext lint warnings (${warnings.length}; README, Publishing, says why each stays):\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
mkdirSync('test-results/summary', { recursive: true });
writeFileSync('test-results/summary/packages.json', JSON.stringify({ passed, failed, checks, lintWarnings: warnings }, null, 2));
console.log(`\nStore packages: ${passed} checks passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
