import { startOpenAlexReplay } from '../../../server/dev/openalex-replay';

// Offline OpenAlex for local runs: `npx tsx tests/server/support/run-openalex-replay.ts [port]`, then start the
// service with OPENALEX_URL set to the printed URL.
const port = Number(process.argv[2] ?? process.env.OPENALEX_REPLAY_PORT ?? 0);
const replay = await startOpenAlexReplay({ port });
console.log(`OpenAlex replay listening on ${replay.url}`);
const stop = () => void replay.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
