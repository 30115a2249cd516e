#!/usr/bin/env node
// `npm run zip`: the store packages in .output/store/ — Chrome (MV3), Firefox (MV2) and the sources package
// Firefox's review asks for — built afresh with the production service URL (package.json `config.serviceUrl`,
// or PEERLENS_SERVICE_URL) and without the development key. The test builds in .output/ are left alone.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const serviceUrl = process.env.PEERLENS_SERVICE_URL ?? pkg.config?.serviceUrl;
if (!serviceUrl) {
  console.error('No production service URL: set config.serviceUrl in package.json or PEERLENS_SERVICE_URL.');
  process.exit(1);
}
const env = { ...process.env, PEERLENS_STORE: '1', PEERLENS_SERVICE_URL: serviceUrl };

rmSync('.output/store', { recursive: true, force: true });
for (const browser of ['chrome', 'firefox']) {
  const r = spawnSync('npx', ['wxt', 'zip', '-b', browser], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`\nStore packages for ${serviceUrl}:`);
for (const f of readdirSync('.output/store').filter((f) => f.endsWith('.zip')).sort()) console.log(`  .output/store/${f}`);
