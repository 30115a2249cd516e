import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Database, fromPglite, migrationsFolder } from '../../../server/db/client';

/**
 * A real PGlite database for a test file, copied from a migrated template. The template is built once (initdb
 * and migrations take seconds) and kept as a tarball in the temp folder, keyed by the migrations' content, so
 * every test file and worker after the first only loads it.
 */
export async function createTestDatabase(): Promise<Database> {
  const template = await templateDump();
  const client = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(template)]) });
  return fromPglite(client);
}

async function templateDump(): Promise<Buffer> {
  const path = join(tmpdir(), `peerlens-pglite-template-${migrationsHash()}.tar.gz`);
  if (existsSync(path)) return readFileSync(path);
  const client = await PGlite.create();
  try {
    await fromPglite(client).migrate();
    const dump = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
    // Write then rename: test workers racing to build it never read half a file.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, dump);
    renameSync(partial, path);
    return dump;
  } finally {
    await client.close();
  }
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}
