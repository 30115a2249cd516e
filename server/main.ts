import { loadConfig } from './config';
import { startService } from './start';

// `npm run serve`: the trust service on 127.0.0.1:PORT, configured from the environment.
try {
  const config = loadConfig();
  const service = await startService(config);
  console.log(`PeerLens service listening on ${service.url} (database: ${config.DATABASE_URL ? 'postgres' : `pglite in ${config.DATA_DIR}`}, OpenAlex: ${config.OPENALEX_URL})`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
