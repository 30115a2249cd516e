import { existsSync } from 'node:fs';
import { extensionDir } from '../../../scripts/support/extension-paths';

// A missing build only shows up as a 15 s service-worker timeout; say so plainly instead.
export default function globalSetup(): void {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (npm test does).`);
  }
}
