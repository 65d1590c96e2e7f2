import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, resolveSessionSecret } from './config';
import { openDatabase } from './database';

/** Every entry under `dir` with its permission bits, e.g. ['pglite/base 700', 'session-secret 600']. */
function modes(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    const line = `${prefix}${e.name} ${(statSync(full).mode & 0o777).toString(8)}`;
    return e.isDirectory() ? [line, ...modes(full, `${prefix}${e.name}/`)] : [line];
  });
}

/** Issue #17: the embedded data directory was world-readable (only session-secret was 0600). */
describe('the embedded data directory', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'copil-data-dir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is created 0700 with every file 0600, and an older world-readable one is made private', async () => {
    const dataDir = path.join(root, 'data');
    // A data directory as an older Copil left it: 0755, a world-readable file inside.
    mkdirSync(path.join(dataDir, 'pglite'), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(dataDir, 'ancien.txt'), 'x', { mode: 0o644 });
    chmodSync(path.join(dataDir, 'ancien.txt'), 0o644);

    const config = loadConfig({ COPIL_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    resolveSessionSecret(config);
    const database = await openDatabase(config);
    try {
      // Files PGlite writes after opening are private too.
      await sql`create table essai (x int)`.execute(database.db);
      await sql`insert into essai select generate_series(1, 1000)`.execute(database.db);
      await sql`checkpoint`.execute(database.db);
    } finally {
      await database.close();
    }
    expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    const entries = modes(dataDir);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries).toContain('session-secret 600');
    expect(entries).toContain('pglite 700');
    expect(entries.filter((line) => !/ (600|700)$/.test(line))).toEqual([]);
  });
});
