import { join } from 'node:path';
import { repoRoot } from '../../server/dev/fixtures';

export const extensionDir = join(repoRoot, '.output', 'chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
