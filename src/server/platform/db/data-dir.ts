import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded data directory holds the whole database, the session secret and the lock: only the
 * service account may read it (issue #17: the PGlite files were world-readable, only
 * `session-secret` was 0600). Directories are 0700, files 0600, and files created later by PGlite
 * inherit a 0077 umask.
 */
export function ensurePrivateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Every directory under `dir` 0700 and every file 0600 (a data directory made by an older Copil). */
export function restrictTree(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(full);
    else if (entry.isFile()) chmodSync(full, 0o600);
  }
}

/** Files this process creates from now on are private to its account (0600 / 0700). */
export function restrictUmask(): void {
  try {
    process.umask(0o077);
  } catch {
    // Worker threads cannot change the umask; the directory's 0700 still keeps others out.
  }
}
