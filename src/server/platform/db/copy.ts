import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Bulk loading with `COPY … FROM STDIN` (text format) on both engines: the fastest way into a
 * table, about ten times an INSERT of unnested arrays. On the server, through one pooled connection
 * (pg-copy-streams); on PGlite, from a blob (`/dev/blob`) while holding Kysely's single connection,
 * so that no other request's transaction is interleaved. connect.ts registers each Kysely with the
 * driver under it; a Kysely it does not know (none today) falls back to the caller's INSERT.
 */

type Raw = { engine: 'server'; pool: pg.Pool } | { engine: 'embedded'; pglite: PGlite };
const raws = new WeakMap<object, Raw>();

export function registerCopyTarget(db: Kysely<never> | Kysely<unknown> | object, raw: Raw): void {
  raws.set(db, raw);
}

export function canCopy(db: object): boolean {
  return raws.has(db);
}

/** A value of the text format: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyValue(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;
}

/** Loads `text` (lines of the text format, each ending with \n) into `table (columns)`. */
export async function copyInto(db: Kysely<never> | object, table: string, columns: string[], text: string) {
  const raw = raws.get(db);
  if (!raw) throw new Error('COPY: base inconnue (non ouverte par connect.ts)');
  const statement = `copy ${table} (${columns.join(', ')}) from ${raw.engine === 'server' ? 'stdin' : "'/dev/blob'"}`;
  if (raw.engine === 'embedded') {
    await (db as Kysely<never>).connection().execute(async () => {
      await raw.pglite.query(statement, [], { blob: new Blob([text]) });
    });
    return;
  }
  const client = await raw.pool.connect();
  let failed: unknown = undefined;
  try {
    await pipeline(Readable.from([Buffer.from(text)]), client.query(copyFrom(statement)));
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    // A connection whose COPY failed midway is not given back to the pool.
    client.release(failed instanceof Error ? failed : undefined);
  }
}
