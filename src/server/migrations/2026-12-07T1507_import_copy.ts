import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * The stock import streams its valid rows into the staging table with COPY (housing/import):
 * - the staging table loses its primary key (import, dwelling key): COPY cannot skip a conflicting
 *   row, so a file naming a dwelling twice is found once the file is staged (one sort, the later
 *   lines reported and removed) instead of by a unique index maintained on every staged row;
 * - dwellings.import_id (the import that last wrote the dwelling) loses its foreign key: the merge
 *   writes the id of the import it is merging, in the transaction that completes that import, the
 *   same value on every row, and imports are never deleted; a million rows were a million lookups
 *   of one row (issue #23).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table stock_import_rows drop constraint stock_import_rows_pkey;
    alter table dwellings drop constraint dwellings_import_id_fkey;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table dwellings add constraint dwellings_import_id_fkey foreign key (import_id) references stock_imports(id) on delete set null;
    alter table stock_import_rows add primary key (import_id, dwelling_key);`,
  );
}
