import { sql, type Kysely, type Transaction } from 'kysely';
import type { RowError } from '../../../../contracts/housing';
import { canCopy, copyInto, copyValue } from '../../../platform/db/copy';
import type { Database } from '../../../platform/db/schema';
import type { StagedDwelling } from './row';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Imports: the import record (progress, counts), its stored errors, the staging rows a file is
 * streamed into, and the set-based merge of the staging rows into the landlord's stock.
 */

export function insertImport(
  db: Q,
  v: {
    organisationId: string;
    filename: string;
    format: 'csv' | 'xlsx';
    mode: 'all_or_nothing' | 'valid_rows_only';
    bytesExpected: number | null;
    createdBy: string;
  },
) {
  return db
    .insertInto('stock_imports')
    .values({
      organisation_id: v.organisationId,
      filename: v.filename,
      format: v.format,
      mode: v.mode,
      status: 'running',
      bytes_expected: v.bytesExpected === null ? null : BigInt(v.bytesExpected),
      sha256: null,
      size_bytes: null,
      shape: null,
      encoding: null,
      created_count: null,
      updated_count: null,
      unchanged_count: null,
      missing_count: null,
      demo_replaced_count: null,
      failure_message: null,
      created_by: v.createdBy,
      created_at: new Date(),
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findImport(db: Q, id: string) {
  return db.selectFrom('stock_imports as i').selectAll('i').where('i.id', '=', id).executeTakeFirst();
}
export type ImportRow = NonNullable<Awaited<ReturnType<typeof findImport>>>;

export function listImports(db: Q, organisationId: string, limit = 50) {
  return db
    .selectFrom('stock_imports as i')
    .selectAll('i')
    .where('i.organisation_id', '=', organisationId)
    .orderBy('i.created_at', 'desc')
    .limit(limit)
    .execute();
}

export interface Progress {
  shape?: string | null;
  encoding?: string | null;
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  rowsInvalid: number;
  errorCount: number;
  ignoredColumns?: string[];
}

export async function updateProgress(db: Q, id: string, p: Progress) {
  await db
    .updateTable('stock_imports')
    .set({
      bytes_read: BigInt(p.bytesRead),
      rows_read: p.rowsRead,
      rows_valid: p.rowsValid,
      rows_invalid: p.rowsInvalid,
      error_count: p.errorCount,
      ...(p.shape !== undefined ? { shape: p.shape as 'rpls_recent' } : {}),
      ...(p.encoding !== undefined ? { encoding: p.encoding } : {}),
      ...(p.ignoredColumns !== undefined ? { ignored_columns: JSON.stringify(p.ignoredColumns) } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function finishImport(
  db: Q,
  id: string,
  v: {
    status: 'completed' | 'rejected' | 'failed';
    sha256: string | null;
    sizeBytes: number | null;
    failureMessage?: string | null;
    counts?: {
      created: number;
      updated: number;
      unchanged: number;
      missing: number;
      demoReplaced: number;
      missingSample: string[];
    };
  },
) {
  await db
    .updateTable('stock_imports')
    .set({
      status: v.status,
      sha256: v.sha256,
      size_bytes: v.sizeBytes === null ? null : BigInt(v.sizeBytes),
      failure_message: v.failureMessage ?? null,
      finished_at: new Date(),
      ...(v.counts
        ? {
            created_count: v.counts.created,
            updated_count: v.counts.updated,
            unchanged_count: v.counts.unchanged,
            missing_count: v.counts.missing,
            demo_replaced_count: v.counts.demoReplaced,
            missing_sample: JSON.stringify(v.counts.missingSample),
          }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Imports left running by a stopped server: failed, their staging rows dropped. */
export async function abandonStaleImports(db: Q, organisationId: string, before: Date) {
  const stale = await db
    .updateTable('stock_imports')
    .set({
      status: 'failed',
      failure_message: "Import interrompu (arrêt du serveur) ; rien n'a été importé.",
      finished_at: new Date(),
    })
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'running')
    .where('created_at', '<', before)
    .returning('id')
    .execute();
  if (stale.length > 0)
    await db
      .deleteFrom('stock_import_rows')
      .where(
        'import_id',
        'in',
        stale.map((s) => s.id),
      )
      .execute();
}

/**
 * At start-up: imports still "running" that began before `before` were cut by a stop (failed), and
 * staging rows of any import that is not running are dropped (an import killed, or whose clean-up
 * failed). The number of staging rows removed.
 */
export async function abandonInterruptedImports(db: Q, before: Date): Promise<number> {
  await db
    .updateTable('stock_imports')
    .set({
      status: 'failed',
      failure_message: "Import interrompu (arrêt du serveur) ; rien n'a été importé.",
      finished_at: new Date(),
    })
    .where('status', '=', 'running')
    .where('created_at', '<', before)
    .execute();
  const dropped = await db
    .deleteFrom('stock_import_rows')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('stock_imports')
            .select('stock_imports.id')
            .whereRef('stock_imports.id', '=', 'stock_import_rows.import_id')
            .where('stock_imports.status', '=', 'running'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(dropped.numDeletedRows);
}

/** Stores errors at positions firstPosition, firstPosition + 1…; by slices, within PostgreSQL's 65,535 parameters. */
export async function insertErrors(db: Q, importId: string, firstPosition: number, errors: RowError[]) {
  for (let start = 0; start < errors.length; start += ERROR_INSERT_SLICE)
    await db
      .insertInto('import_errors')
      .values(
        errors.slice(start, start + ERROR_INSERT_SLICE).map((e, i) => ({
          import_id: importId,
          position: firstPosition + start + i,
          line_number: e.line,
          column_name: e.column,
          value: e.value === null ? null : e.value.slice(0, 200),
          message: e.message,
        })),
      )
      .execute();
}
const ERROR_INSERT_SLICE = 5000;

/** Errors by position (they are stored at positions 0, 1, 2…): `limit` of them from `from` on. */
export function listErrorsFrom(db: Q, importId: string, from: number, limit: number) {
  return db
    .selectFrom('import_errors')
    .selectAll()
    .where('import_id', '=', importId)
    .where('position', '>=', from)
    .where('position', '<', from + limit)
    .orderBy('position')
    .execute();
}

export function listErrors(db: Q, importId: string, offset: number, limit: number) {
  return db
    .selectFrom('import_errors')
    .selectAll()
    .where('import_id', '=', importId)
    .orderBy('position')
    .offset(offset)
    .limit(limit)
    .execute();
}

const STAGING_COLUMNS = [
  'import_id',
  'line_number',
  'dwelling_key',
  'ident_rep',
  'ident_int',
  'dpe_reference',
  'building_code',
  'building_name',
  'address',
  'commune_code',
  'epci_code',
  'territory',
  'qpv_code',
  'construction_type',
  'rooms',
  'surface',
  'construction_year',
  'financing',
  'dpe_date',
  'energy_class',
  'ghg_class',
];

/** A batch as lines of COPY's text format, in STAGING_COLUMNS order. */
export function stagingText(importId: string, rows: StagedDwelling[]): string {
  let text = '';
  for (const r of rows) {
    text += `${importId}\t${r.line}\t${copyValue(r.dwellingKey)}\t${copyValue(r.identRep)}\t${copyValue(r.identInt)}\t${copyValue(r.dpeReference)}\t${copyValue(r.buildingCode)}\t${copyValue(r.buildingName)}\t${copyValue(r.address)}\t${copyValue(r.communeCode)}\t${copyValue(r.epciCode)}\t${r.territory}\t${copyValue(r.qpvCode)}\t${r.constructionType}\t${r.rooms}\t${r.surface}\t${r.constructionYear}\t${copyValue(r.financing)}\t${copyValue(r.dpeDate)}\t${copyValue(r.energyClass)}\t${copyValue(r.ghgClass)}\n`;
  }
  return text;
}

/**
 * Stages a batch of valid rows: COPY on both engines (platform/db/copy), else one INSERT of
 * unnested arrays. Duplicated identifiers are not looked for here (removeDuplicates, once the
 * whole file is staged).
 */
export async function stageRows(db: Q, importId: string, rows: StagedDwelling[]): Promise<void> {
  if (rows.length === 0) return;
  if (canCopy(db)) return copyInto(db, 'stock_import_rows', STAGING_COLUMNS, stagingText(importId, rows));
  const col = <T>(pick: (r: StagedDwelling) => T) => rows.map(pick);
  await sql`
    insert into stock_import_rows (${sql.raw(STAGING_COLUMNS.join(', '))})
    select ${importId}::uuid, * from unnest(
      ${col((r) => r.line)}::int[], ${col((r) => r.dwellingKey)}::text[], ${col((r) => r.identRep)}::text[], ${col((r) => r.identInt)}::text[],
      ${col((r) => r.dpeReference)}::text[], ${col((r) => r.buildingCode)}::text[], ${col((r) => r.buildingName)}::text[], ${col((r) => r.address)}::text[],
      ${col((r) => r.communeCode)}::text[], ${col((r) => r.epciCode)}::text[], ${col((r) => r.territory)}::text[], ${col((r) => r.qpvCode)}::text[],
      ${col((r) => r.constructionType)}::text[], ${col((r) => r.rooms)}::smallint[], ${col((r) => r.surface)}::numeric[], ${col((r) => r.constructionYear)}::smallint[],
      ${col((r) => r.financing)}::text[], ${col((r) => r.dpeDate)}::date[], ${col((r) => r.energyClass)}::text[], ${col((r) => r.ghgClass)}::text[])`.execute(
    db,
  );
}

export interface DuplicateRow {
  line: number;
  identRep: string | null;
  identInt: string | null;
  firstLine: number;
}

/**
 * Once the file is staged: the rows whose dwelling key an earlier line already used are removed
 * from the staging table (one sort of the import's rows, whatever the number of repeats). Their
 * number, and each of them by line, with the line that first used their identifier (every error is stored).
 */
export async function removeDuplicates(db: Q, importId: string): Promise<{ count: number; removed: DuplicateRow[] }> {
  const { rows } = await sql<{
    line_number: number;
    ident_rep: string | null;
    ident_int: string | null;
    first_line: number;
    n: number;
  }>`
    with ranked as (
      select ctid as row_id, line_number, min(line_number) over (partition by dwelling_key) as first_line
      from stock_import_rows where import_id = ${importId}
    ), removed as (
      delete from stock_import_rows s using ranked r
      where s.import_id = ${importId} and s.ctid = r.row_id and r.line_number > r.first_line
      returning s.line_number, s.ident_rep, s.ident_int, r.first_line
    )
    select line_number, ident_rep, ident_int, first_line, (count(*) over ())::int as n
    from removed order by line_number`.execute(db);
  return {
    count: rows[0]?.n ?? 0,
    removed: rows.map((r) => ({
      line: r.line_number,
      identRep: r.ident_rep,
      identInt: r.ident_int,
      firstLine: r.first_line,
    })),
  };
}

export async function dropStagedRows(db: Q, importId: string) {
  await db.deleteFrom('stock_import_rows').where('import_id', '=', importId).execute();
}

const DWELLING_COLUMNS = [
  'ident_rep',
  'ident_int',
  'dpe_reference',
  'address',
  'commune_code',
  'epci_code',
  'territory',
  'qpv_code',
  'construction_type',
  'rooms',
  'surface',
  'construction_year',
  'financing',
  'dpe_date',
  'energy_class',
  'ghg_class',
] as const;

/**
 * Merges the staged rows into the stock, inside the caller's transaction: replaces the
 * demonstration stock on the first real import, upserts buildings, updates the dwellings whose
 * values changed, creates the new ones, and counts the dwellings absent from the file (kept). The
 * caller holds the organisation's lock (conventions.queries lockOrganisation): one merge at a time.
 */
export async function mergeStagedRows(trx: Transaction<Database>, importId: string, organisationId: string) {
  // A million staged rows are sorted (buildings) and matched against the stock (anti-joins): in
  // memory, not in batches on disk with the default 4 MB; for this transaction only.
  await sql`set local work_mem = '64MB'`.execute(trx);
  // Fresh statistics, so the planner joins thousands of staged rows by index rather than guessing;
  // a sample of 3,000 rows tells it as much as the default 30,000 about rows read once.
  await sql`set local default_statistics_target = 10`.execute(trx);
  await sql`analyze stock_import_rows`.execute(trx);
  await sql`reset default_statistics_target`.execute(trx);
  const demo = await trx
    .deleteFrom('dwellings')
    .where('organisation_id', '=', organisationId)
    .where('is_demo', '=', true)
    .executeTakeFirst();
  await trx.deleteFrom('buildings').where('organisation_id', '=', organisationId).where('is_demo', '=', true).execute();
  await trx
    .deleteFrom('establishments')
    .where('organisation_id', '=', organisationId)
    .where('is_demo', '=', true)
    .execute();

  await sql`
    insert into buildings (organisation_id, code, name, commune_code, is_demo, created_at)
    select distinct on (building_code) ${organisationId}::uuid, building_code, building_name, commune_code, false, now()
    from stock_import_rows where import_id = ${importId} and building_code is not null
    order by building_code, line_number
    on conflict (organisation_id, code) do update set name = coalesce(excluded.name, buildings.name)`.execute(trx);

  const d = sql.join(DWELLING_COLUMNS.map((c) => sql.ref(`d.${c}`)));
  const s = sql.join(DWELLING_COLUMNS.map((c) => sql.ref(`s.${c}`)));
  const assignments = sql.join(DWELLING_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.ref(`s.${c}`)}`));
  const updated = await sql`
    update dwellings d set ${assignments}, building_id = b.id, import_id = ${importId}, updated_at = now()
    from stock_import_rows s
    left join buildings b on b.organisation_id = ${organisationId} and b.code = s.building_code
    where s.import_id = ${importId} and d.organisation_id = ${organisationId} and d.dwelling_key = s.dwelling_key
      and (${d}, d.building_id) is distinct from (${s}, b.id)`.execute(trx);

  const created = await sql`
    insert into dwellings (organisation_id, dwelling_key, ${sql.join(DWELLING_COLUMNS.map((c) => sql.ref(c)))}, building_id, is_demo, import_id, created_at, updated_at)
    select ${organisationId}::uuid, s.dwelling_key, ${s}, b.id, false, ${importId}::uuid, now(), now()
    from stock_import_rows s
    left join buildings b on b.organisation_id = ${organisationId} and b.code = s.building_code
    where s.import_id = ${importId}
      and not exists (select 1 from dwellings x where x.organisation_id = ${organisationId} and x.dwelling_key = s.dwelling_key)`.execute(
    trx,
  );

  const staged = (
    await sql<{ n: number }>`select count(*)::int as n from stock_import_rows where import_id = ${importId}`.execute(
      trx,
    )
  ).rows[0]!.n;
  const absent = sql`from dwellings d where d.organisation_id = ${organisationId}
      and not exists (select 1 from stock_import_rows s where s.import_id = ${importId} and s.dwelling_key = d.dwelling_key)`;
  // The count and the first 200 in one pass over the stock.
  const absentRows = (
    await sql<{
      id: string;
      n: number;
    }>`select coalesce(d.ident_rep, d.ident_int) as id, (count(*) over ())::int as n ${absent} order by d.dwelling_key limit 200`.execute(
      trx,
    )
  ).rows;
  const missing = absentRows[0]?.n ?? 0;
  const sample = absentRows.map((r) => r.id);
  await dropStagedRows(trx, importId);
  // PGlite runs no autovacuum: refresh the stock's statistics for the trajectory queries.
  await sql`analyze dwellings`.execute(trx);

  const n = (x: bigint | undefined) => Number(x ?? 0n);
  const updatedCount = n(updated.numAffectedRows);
  const createdCount = n(created.numAffectedRows);
  return {
    created: createdCount,
    updated: updatedCount,
    unchanged: staged - createdCount - updatedCount,
    missing,
    demoReplaced: n(demo.numDeletedRows),
    missingSample: sample,
  };
}
