import path from 'node:path';
import type { Config } from './config';
import { ensurePrivateDirectory, restrictTree, restrictUmask } from './db/data-dir';
import { connectEmbedded, connectServer, type DatabaseHandle } from './db/connect';
import { initEmbeddedDataDir } from './db/embedded-init';
import { lockDataDir } from './db/lock';
import { migrateToLatest } from './db/migrate';

/**
 * Opens the configured database — a PostgreSQL server when DATABASE_URL is set, else PGlite in
 * the data directory under its lock, private to the service account (0700/0600) — and brings its
 * schema to the latest migration.
 */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = connectServer(config.databaseUrl);
  } else {
    restrictUmask();
    const lock = lockDataDir(config.dataDir);
    try {
      const pgliteDir = path.join(config.dataDir, 'pglite');
      ensurePrivateDirectory(pgliteDir);
      await initEmbeddedDataDir(pgliteDir);
      const embedded = await connectEmbedded(pgliteDir);
      restrictTree(config.dataDir);
      handle = {
        ...embedded,
        close: async () => {
          try {
            await embedded.close();
          } finally {
            lock.release();
          }
        },
      };
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
