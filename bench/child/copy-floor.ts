import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Engine } from '../../src/server/platform/db/connect';
import { RPLS_HEADERS } from '../dataset/stock';
import { timed } from '../lib/measure';

/**
 * The database's floor for a stock import: a raw COPY of the same file into a table with no
 * constraint, no index and text columns only, on the same engine. Prints one JSON line.
 */
const [engine, location, file] = process.argv.slice(2) as [Engine, string, string];
const columns = RPLS_HEADERS.map((h) => `"${h.toLowerCase()}" text`).join(', ');
const options = "(format csv, delimiter ';', header true)";

if (engine === 'server') {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    await client.query(`create unlogged table raw_stock (${columns})`);
    // Server-side COPY reads the file itself: no client round trips, the purest floor.
    const run = await timed(() => client.query(`copy raw_stock from '${file.replace(/'/g, "''")}' ${options}`));
    console.log(JSON.stringify({ copyMs: run.ms, rows: run.value.rowCount }));
  } finally {
    await client.end();
  }
} else {
  const pglite = new PGlite(location);
  await pglite.waitReady;
  try {
    await pglite.exec(`create table raw_stock (${columns})`);
    const blob = new Blob([readFileSync(file)]);
    const run = await timed(() => pglite.query(`copy raw_stock from '/dev/blob' ${options}`, [], { blob }));
    console.log(JSON.stringify({ copyMs: run.ms, rows: run.value.affectedRows }));
  } finally {
    await pglite.close();
  }
}
