import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * PGlite does not lock its data folder, and two processes writing one folder corrupt it; this lock file
 * (holding the owner's pid) keeps exactly one owner. A lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = resolve(dataDir, 'peerlens.lock');
  if (heldHere.has(path)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      heldHere.add(path);
      return () => {
        heldHere.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      // Our own pid in a lock we do not hold is a leftover (in a container the pid is often 1 on every start).
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) throw inUse(dataDir, holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}.`);
}

/** Locks this process holds, so a second owner inside the same process is refused too. */
const heldHere = new Set<string>();

function inUse(dataDir: string, holder: number): Error {
  return new Error(
    `The data folder ${dataDir} is in use by another PeerLens service (pid ${holder}). ` +
      'Stop that process, or give this one its own DATA_DIR.',
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
