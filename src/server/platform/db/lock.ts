import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ensurePrivateDirectory } from './data-dir';

/**
 * PGlite has no lock between processes: two processes on one data directory would each believe
 * they own it and silently lose writes. A lock file holding the owner's pid prevents that; a lock
 * left by a process that no longer runs is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `Le répertoire de données est déjà utilisé par un autre processus Copil (pid ${ownerPid}, verrou ${lockFile}). ` +
        "Arrêtez l'autre instance, ou donnez un autre répertoire avec COPIL_DATA_DIR, ou utilisez un serveur PostgreSQL avec DATABASE_URL pour plusieurs instances.",
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  ensurePrivateDirectory(dataDir);
  const lockFile = path.join(dataDir, 'copil.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(lockFile, owner);
      }
      rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Impossible de prendre le verrou ${lockFile}.`);
}
