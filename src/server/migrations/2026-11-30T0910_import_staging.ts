import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * The stock import's staging table is a scratch area: rows live there from the upload to the merge
 * of the same import (housing/import), and an import cut by a server stop is abandoned anyway.
 * - UNLOGGED: no write-ahead log for rows that are read once and deleted (a crash empties the
 *   table, which only holds imports the restart abandons);
 * - no foreign key to stock_imports: a million staged rows were a million lookups of the same
 *   import; the import's code deletes its staged rows itself in every outcome (merged, rejected,
 *   failed, abandoned), and imports are never deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table stock_import_rows drop constraint stock_import_rows_import_id_fkey;
    alter table stock_import_rows set unlogged;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table stock_import_rows set logged;
    alter table stock_import_rows add constraint stock_import_rows_import_id_fkey foreign key (import_id) references stock_imports(id) on delete cascade;`,
  );
}
