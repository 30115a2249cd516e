#!/usr/bin/env node
// Runs every suite — type-check, unit + service (Vitest), end to end (Playwright on the built extension), the
// Firefox tier (node:test + puppeteer-core on Debian's Firefox ESR), the store packages' checks (npm run zip,
// web-ext lint) — and ends with one line `N passed, N failed` summed over all suites, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = join('test-results', 'summary');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

if (!run('Type-check', 'npx', ['tsc', '--noEmit'])) broken = true;

// The end-to-end suites load the built extension, so build it fresh every time.
if (!run('Build extension (chrome-mv3)', 'npx', ['wxt', 'build'])) broken = true;
if (!run('Build extension (firefox-mv2)', 'npx', ['wxt', 'build', '-b', 'firefox'])) broken = true;

const vitestJson = join(out, 'vitest.json');
run('Unit and service tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  if (v.numFailedTestSuites > 0 && v.numFailedTests === 0) failed += v.numFailedTestSuites; // a file that failed to load
} else broken = true;

const pwJson = join(out, 'playwright.json');
run('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
const p = readJson(pwJson);
if (p?.stats) {
  passed += p.stats.expected + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected;
  if (p.errors?.length && p.stats.unexpected === 0) failed += p.errors.length; // global set-up failed
} else broken = true;

// Firefox: node's own test runner (TAP to a file for the counts), one browser for the tier (tests/firefox/).
const tap = join(out, 'firefox.tap');
run('End-to-end tests (puppeteer-core, Firefox ESR)', 'node', [
  '--import', 'tsx', '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  // Node 20's runner does not look for .ts files by itself: name them.
  ...readdirSync('tests/firefox').filter((name) => name.endsWith('.test.ts')).map((name) => join('tests/firefox', name)),
]);
const f = readText(tap);
const tapCount = (key) => Number(f?.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? NaN);
if (f && Number.isFinite(tapCount('pass'))) {
  passed += tapCount('pass');
  failed += tapCount('fail') + (tapCount('cancelled') || 0);
} else broken = true;

// Store packages: built from the tree as a release would be, then checked (Chrome manifest, web-ext lint, sources).
if (!run('Store packages (npm run zip)', 'node', ['scripts/zip.mjs'])) broken = true;
run('Store package checks (manifest, web-ext lint)', 'npx', ['tsx', 'scripts/check-packages.ts']);
const k = readJson(join(out, 'packages.json'));
if (k) {
  passed += k.passed;
  failed += k.failed;
} else broken = true;

if (broken) console.log('\nA step failed outright (see above): type-check, build, or a suite that did not report.');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
