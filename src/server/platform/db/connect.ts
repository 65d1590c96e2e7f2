import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { registerCopyTarget } from './copy';
import type { Database } from './schema';
import { OID, typeParsers } from './type-parsers';

export type Engine = 'embedded' | 'server';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

/**
 * Arrays of those types (int8[], numeric[], date[], timestamp[], timestamptz[]) parsed element by
 * element with the same parsers, as PGlite does: pg's own would give strings, floats and local Dates.
 */
const parseTextArray = (pg.types.getTypeParser as (oid: number) => (value: string) => unknown)(1009); // text[]
const mapElements = (value: unknown, parse: (text: string) => unknown): unknown =>
  Array.isArray(value) ? value.map((v) => mapElements(v, parse)) : value === null ? null : parse(value as string);
const arrayParsers: Record<number, (value: string) => unknown> = Object.fromEntries(
  Object.entries({ 1016: OID.int8, 1231: OID.numeric, 1182: OID.date, 1115: OID.timestamp, 1185: OID.timestamptz }).map(
    ([arrayOid, elementOid]) => [
      arrayOid,
      (value: string) => mapElements(parseTextArray(value), typeParsers[elementOid]!),
    ],
  ),
);

/**
 * Kysely over a PostgreSQL server (pg pool). Each pooled connection speaks UTC so that timestamps
 * read the same whatever the server's time zone.
 */
export function connectServer(connectionString: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        typeParsers[oid] ??
        arrayParsers[oid] ??
        pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  registerCopyTarget(db, { engine: 'server', pool });
  return { db, engine: 'server', close: () => db.destroy() };
}

/**
 * Kysely over PGlite: in memory when dataDir is null (tests), else persisted in dataDir. The caller
 * must hold the data directory lock (lock.ts) before opening a persisted one.
 */
export async function connectEmbedded(dataDir: string | null): Promise<DatabaseHandle> {
  const parsers = Object.fromEntries(Object.entries(typeParsers).map(([oid, parse]) => [oid, (v: string) => parse(v)]));
  // PGlite's default 128 MB buffer pool is written at start-up and stays resident (~140 MB of the
  // process at rest); 32 MB holds the hot part of a landlord's stock, the rest is read from the
  // operating system's file cache (issue #23: resting footprint of the embedded engine).
  const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
  const pglite = new PGlite({ ...(dataDir ? { dataDir } : {}), parsers, startParams });
  await pglite.waitReady;
  await pglite.exec("SET TimeZone = 'UTC'");
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  registerCopyTarget(db, { engine: 'embedded', pglite });
  return { db, engine: 'embedded', close: () => db.destroy() };
}

export async function serverVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ server_version: string }>`show server_version`.execute(db);
  return rows[0]?.server_version ?? 'inconnue';
}
