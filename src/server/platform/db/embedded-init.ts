import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectEmbedded } from './connect';
import { migrateToLatest } from './migrate';

/**
 * A new embedded data directory is created (initdb) and migrated by a short-lived child process:
 * PGlite's WebAssembly memory only grows, and initdb runs in a second PGlite instance whose memory
 * is not all given back, so a server that created its data directory itself stayed near 900 MB at
 * rest, twice a server reopening the same directory (issue #23). The child's memory goes back to
 * the system when it exits; the server then opens the directory as on any later start. The caller
 * holds the data directory's lock.
 */
export async function initEmbeddedDataDir(pgliteDir: string): Promise<void> {
  if (existsSync(path.join(pgliteDir, 'PG_VERSION'))) return;
  // The child runs this TypeScript file: it needs tsx, which `npm start` loads with --import but a
  // test runner or a script may not have passed on to its own flags.
  const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx'];
  const child = fork(fileURLToPath(import.meta.url), [pgliteDir], {
    execArgv,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0)
    throw new Error(`Création de la base embarquée dans ${pgliteDir} interrompue (code ${code}) : ${stderr}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const handle = await connectEmbedded(process.argv[2]!);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}
