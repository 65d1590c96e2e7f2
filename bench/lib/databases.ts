import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connectEmbedded, connectServer, type DatabaseHandle, type Engine } from '../../src/server/platform/db/connect';
import { migrateToLatest } from '../../src/server/platform/db/migrate';

/** Where a benchmark's database lives: a throw-away database on the server, or a temporary PGlite folder. */
export interface BenchTarget {
  engine: Engine;
  /** PostgreSQL URL (server) or PGlite data folder (embedded). */
  location: string;
  dispose(): Promise<void>;
}

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTarget(engine: Engine): Promise<BenchTarget> {
  if (engine === 'embedded') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copil-bench-'));
    return { engine, location: dir, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `copil_bench_${randomBytes(5).toString('hex')}`;
  await withAdmin((c) => c.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    engine,
    location: url.toString(),
    dispose: () => withAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** Opens a target and brings its schema to the latest migration. */
export async function openTarget(target: Pick<BenchTarget, 'engine' | 'location'>): Promise<DatabaseHandle> {
  const handle = target.engine === 'server' ? connectServer(target.location) : await connectEmbedded(target.location);
  await migrateToLatest(handle.db);
  return handle;
}

export async function serverReachable(): Promise<boolean> {
  try {
    await withAdmin((c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Caps every statement of a server database's future connections (null lifts the cap): a scenario
 * that would otherwise run for hours reports that it was cut, and the run goes on.
 */
export async function capStatements(location: string, ms: number | null): Promise<void> {
  const name = new URL(location).pathname.slice(1);
  if (!/^copil_bench_[0-9a-f]+$/.test(name)) throw new Error(`Base du banc inattendue : ${name}`);
  await withAdmin((c) =>
    c.query(
      ms === null
        ? `alter database ${name} reset statement_timeout`
        : `alter database ${name} set statement_timeout = ${Math.round(ms)}`,
    ),
  );
}
