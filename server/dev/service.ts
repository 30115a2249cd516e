import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEV } from './accounts';

// `npm run dev`'s service: the real entry point, with ORCID pointed at the local stand-ins (server/dev/run-orcid.ts)
// unless the environment says otherwise.
process.env.ORCID_ISSUER ??= `http://127.0.0.1:${DEV.oidcPort}`;
process.env.ORCID_CLIENT_ID ??= DEV.clientId;
process.env.ORCID_CLIENT_SECRET ??= DEV.clientSecret;
process.env.ORCID_API_URL ??= `http://127.0.0.1:${DEV.orcidApiPort}/v3.0`;

// Offline machines (no network but the package registries) still get a working product: when OpenAlex
// cannot be reached and the recorded OpenAlex answers are beside the clone, the service is pointed at a
// local replay of those recordings, and says so.
if (!process.env.OPENALEX_URL && !(await reachable('https://api.openalex.org/'))) {
  const recordings = process.env.PEERLENS_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures');
  if (existsSync(join(recordings, 'openalex'))) {
    const { startOpenAlexReplay } = await import('./openalex-replay');
    const replay = await startOpenAlexReplay();
    process.env.OPENALEX_URL = replay.url;
    console.log(`OpenAlex is unreachable: serving its recorded answers from ${recordings} (${replay.url}).`);
    // Offline, Semantic Scholar and Crossref are unreachable too: their stand-ins answer from the same recordings.
    if (!process.env.S2_URL) {
      const { startSemanticScholarReplay } = await import('./semantic-scholar-replay');
      process.env.S2_URL = (await startSemanticScholarReplay()).url;
    }
    if (!process.env.CROSSREF_URL) {
      const { startCrossrefReplay } = await import('./crossref-replay');
      process.env.CROSSREF_URL = (await startCrossrefReplay()).url;
    }
  } else {
    console.log('OpenAlex is unreachable: badges will say so until it is back.');
  }
}
await import('../main');

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}
