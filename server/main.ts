import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { startService } from './start';

// `npm run serve`: the trust service on 127.0.0.1:PORT, configured from the environment. With WORKERS=n (and
// DATABASE_URL) n processes share the port: the primary applies the migrations once, then forks them. On
// PostgreSQL without a WORKERS setting, one process per core: one Node process tops out at one core.
try {
  const loaded = loadConfig();
  const config = loaded.DATABASE_URL && process.env.WORKERS === undefined ? { ...loaded, WORKERS: Math.min(64, availableParallelism()) } : loaded;
  if (config.WORKERS > 1 && !config.DATABASE_URL) throw new Error('WORKERS > 1 needs DATABASE_URL: an embedded PGlite folder has exactly one owner.');
  if (config.WORKERS > 1 && cluster.isPrimary) {
    const database = await openDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
    await database.migrate();
    await database.close();
    for (let i = 0; i < config.WORKERS; i++) cluster.fork();
    let stopping = false;
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      console.error(`Worker ${worker.process.pid} exited (${signal ?? code}); starting another.`);
      cluster.fork();
    });
    console.log(`PeerLens service: ${config.WORKERS} processes on port ${config.PORT} (database: postgres, OpenAlex: ${config.OPENALEX_URL})`);
    const stop = (signal: NodeJS.Signals) => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      cluster.disconnect(() => process.exit(0));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  } else {
    const service = await startService(config, { migrate: cluster.isPrimary });
    if (cluster.isPrimary) {
      console.log(`PeerLens service listening on ${service.url} (database: ${config.DATABASE_URL ? 'postgres' : `pglite in ${config.DATA_DIR}`}, OpenAlex: ${config.OPENALEX_URL})`);
    }
    const stop = (signal: string) => {
      if (cluster.isPrimary) console.log(`${signal}: stopping`);
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
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
