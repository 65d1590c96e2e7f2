import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../src/server/platform/db/schema';
import type { Db } from '../../src/server/platform/db/connect';

/**
 * Runs a dataset script (bench/dataset/sql.ts: one statement per `;`-ended line, comments on lines
 * of their own) in one transaction; `then` runs inside it, after the last statement. Returns the
 * number of statements run.
 */
export async function runDatasetScript(
  db: Db,
  file: string,
  then?: (trx: Transaction<Database>) => Promise<void>,
): Promise<number> {
  let statements = 0;
  await db.transaction().execute(async (trx) => {
    let current: string[] = [];
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      if (current.length === 0 && (line.startsWith('--') || line.trim() === '')) continue;
      current.push(line);
      if (line.endsWith(';')) {
        await sql.raw(current.join('\n').slice(0, -1)).execute(trx);
        statements++;
        current = [];
      }
    }
    if (current.length > 0) throw new Error(`${path.basename(file)} : dernière instruction sans « ; » final.`);
    await then?.(trx);
  });
  return statements;
}
