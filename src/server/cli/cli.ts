import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type Config } from '../platform/config';
import { openDatabase } from '../platform/database';
import type { DatabaseHandle } from '../platform/db/connect';
import { DataDirLockedError } from '../platform/db/lock';

/**
 * What the operator's commands (`npm run audit:verify`, `backup`, `restore`) share: the same
 * configuration as the server (COPIL_DATA_DIR or DATABASE_URL), French messages, and exit codes
 * a script can test (0 success, 1 failure found, 2 configuration, 3 data directory in use).
 */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** True when this module is the file node was asked to run (not imported by a test). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

export function commandConfig(): Config {
  try {
    return loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  } catch (error) {
    if (error instanceof ConfigError) throw new CommandError(error.message, 2);
    throw error;
  }
}

/** Opens the configured database (migrated), or explains why it cannot. */
export async function openConfigured(config: Config): Promise<DatabaseHandle> {
  try {
    return await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new CommandError(error.message, 3);
    throw error;
  }
}

/** Runs a command's body and exits with its code; every failure is one French line on stderr. */
export function runCommand(body: () => Promise<number>) {
  body().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof CommandError) {
        console.error(error.message);
        process.exit(error.exitCode);
      }
      console.error(`Échec de la commande : ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.LOG_LEVEL === 'debug') console.error(error);
      process.exit(1);
    },
  );
}
