import { startOpenAlexReplay } from './openalex-replay';

// Offline OpenAlex for local runs: `npx tsx server/dev/run-openalex-replay.ts [port]`, then start the
// service with OPENALEX_URL set to the printed URL.
const port = Number(process.argv[2] ?? process.env.OPENALEX_REPLAY_PORT ?? 0);
const replay = await startOpenAlexReplay({ port });
console.log(`OpenAlex replay listening on ${replay.url}`);
const stop = () => void replay.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
