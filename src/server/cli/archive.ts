import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { migrations } from '../migrations';
import type { Db, Engine } from '../platform/db/connect';
import { CommandError } from './cli';

/**
 * The backup archive (ADR 0002): one gzipped JSON-lines file. Line 1 is the manifest (format,
 * version, migrations, tables in restore order with their row counts); then, per table, a header
 * line and one line per row. Rows are written and read by PostgreSQL itself (row_to_json /
 * json_populate_recordset) and never parsed by JavaScript in between, so bigints, numerics,
 * timestamps with their offset, bytea (hex) and jsonb go through exactly. Documents are rows.
 */
export const ARCHIVE_FORMAT = 'copil-sauvegarde';
export const ARCHIVE_VERSION = 1;
// The read caches and their change counts are derived (migration 2026-11-30T0900_read_caches): a
// restore rebuilds the counts from the rows it loads, and an archived cache entry could match a
// rebuilt count by chance. The stock import's staging rows are scratch data of an import in
// progress (issue #17: a killed import's rows went into backups); they are never restored.
const SKIPPED_TABLES = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'stock_changes',
  'data_changes',
  'trajectory_cache',
  'dashboard_cache',
  'stock_import_rows',
]);
const BATCH_ROWS = 2000;
const BATCH_CHARS = 16 * 1024 * 1024;

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  engine: Engine;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

type AnyDb = Kysely<unknown>;

/** Copil's tables, parents before children as far as foreign keys allow (cycles exist). */
export async function tablesInRestoreOrder(db: AnyDb): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const { rows: links } = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public'`.execute(db);
  const names = tables.map((t) => t.name).filter((n) => !SKIPPED_TABLES.has(n));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const { child, parent } of links) if (child !== parent) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    let next = names.filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    // A cycle (a decision and its delegation point at each other): the first of them in name
    // order goes next; the restore defers foreign keys to the end of its transaction anyway.
    if (next.length === 0) next = [names.find((n) => !placed.has(n))!];
    for (const n of next) {
      placed.add(n);
      ordered.push(n);
    }
  }
  return ordered;
}

/**
 * Foreign keys are checked at the end of the restore, not row by row: rows may then come in any
 * order (tables pointing at each other, or at themselves). The constraints are made deferrable
 * for the transaction only and put back as they were before it commits.
 */
async function deferForeignKeys(db: AnyDb): Promise<() => Promise<void>> {
  const { rows } = await sql<{ table_name: string; name: string }>`
    select c.relname as table_name, k.conname as name from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and not k.condeferrable`.execute(db);
  for (const r of rows)
    await sql`alter table ${sql.table(r.table_name)} alter constraint ${sql.ref(r.name)} deferrable`.execute(db);
  await sql`set constraints all deferred`.execute(db);
  return async () => {
    await sql`set constraints all immediate`.execute(db); // every deferred check runs here
    for (const r of rows)
      await sql`alter table ${sql.table(r.table_name)} alter constraint ${sql.ref(r.name)} not deferrable`.execute(db);
  };
}

export async function rowCounts(db: AnyDb, tables: string[]): Promise<{ name: string; rows: number }[]> {
  const counts = [];
  for (const name of tables) {
    const { rows } = await sql<{ n: string | number | bigint }>`select count(*) as n from ${sql.table(name)}`.execute(
      db,
    );
    counts.push({ name, rows: Number(rows[0]!.n) });
  }
  return counts;
}

/**
 * Writes the whole database to `file` from one repeatable-read snapshot (a consistent archive
 * while the server keeps running). Written to a temporary name first: a failed backup leaves
 * no truncated archive behind. Refuses to overwrite an existing file.
 */
export async function backupDatabase(db: Db, engine: Engine, file: string): Promise<Manifest> {
  if (existsSync(file))
    throw new CommandError(
      `Le fichier ${file} existe déjà : choisissez un autre nom (une sauvegarde n'en écrase jamais une autre).`,
    );
  const partial = `${file}.partiel`;
  try {
    const manifest = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const anyTrx = trx as unknown as AnyDb;
        const tables = await tablesInRestoreOrder(anyTrx);
        const manifest: Manifest = {
          format: ARCHIVE_FORMAT,
          version: ARCHIVE_VERSION,
          createdAt: new Date().toISOString(),
          engine,
          migrations: Object.keys(migrations),
          tables: await rowCounts(anyTrx, tables),
        };
        async function* lines() {
          yield JSON.stringify(manifest) + '\n';
          for (const table of manifest.tables) {
            yield JSON.stringify({ table: table.name, rows: table.rows }) + '\n';
            const { rows } = await sql<{
              j: string;
            }>`select row_to_json(t)::text as j from ${sql.table(table.name)} as t`.execute(anyTrx);
            if (rows.length !== table.rows) throw new Error(`La table ${table.name} a changé pendant la sauvegarde.`);
            for (const row of rows) yield row.j + '\n';
          }
        }
        await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
        return manifest;
      });
    renameSync(partial, file);
    return manifest;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Reads the archive line by line (a 40,000-dwelling stock never sits in memory whole). */
async function* archiveLines(file: string): AsyncGenerator<string> {
  if (!existsSync(file)) throw new CommandError(`Fichier de sauvegarde introuvable : ${file}.`);
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) if (line !== '') yield line;
  } catch (error) {
    throw new CommandError(`Le fichier ${file} n'est pas une sauvegarde Copil lisible (${(error as Error).message}).`);
  }
}

export async function readManifest(file: string): Promise<Manifest> {
  for await (const line of archiveLines(file)) return checkManifest(line, file);
  throw new CommandError(`Le fichier ${file} est vide : ce n'est pas une sauvegarde Copil.`);
}

function checkManifest(line: string, file: string): Manifest {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(line) as Partial<Manifest>;
  } catch {
    throw new CommandError(`Le fichier ${file} n'est pas une sauvegarde Copil (en-tête illisible).`);
  }
  if (manifest.format !== ARCHIVE_FORMAT) throw new CommandError(`Le fichier ${file} n'est pas une sauvegarde Copil.`);
  if (manifest.version !== ARCHIVE_VERSION) {
    throw new CommandError(
      `Sauvegarde au format ${manifest.version} : cette version de Copil lit le format ${ARCHIVE_VERSION}.`,
    );
  }
  const ours = Object.keys(migrations);
  if (JSON.stringify(manifest.migrations) !== JSON.stringify(ours)) {
    throw new CommandError(
      `La sauvegarde vient d'une autre version de Copil (migrations ${manifest.migrations?.at(-1) ?? '?'}, celle-ci ${ours.at(-1)}) : ` +
        'restaurez-la avec la même version de Copil, puis mettez à jour.',
    );
  }
  return manifest as Manifest;
}

/**
 * A target is empty when nobody has used it: the migrations alone fill a few reference tables
 * (the legal calendar, the chain head), but every use records an audit event and needs an
 * account and an organisation. Returns those of the three that hold rows.
 */
const USE_TABLES = ['audit_events', 'users', 'organisations'];
export async function usedTables(db: AnyDb): Promise<string[]> {
  const counts = await rowCounts(db, USE_TABLES);
  return counts.filter((c) => c.rows > 0).map((c) => c.name);
}

/**
 * Loads an archive into a migrated, unused database in one transaction: all of it or nothing.
 * Each table's count is checked against the manifest, and sequences are moved past the
 * restored keys so the next insert does not collide.
 */
export async function restoreDatabase(db: Db, file: string): Promise<Manifest> {
  const anyDb = db as unknown as AnyDb;
  const filled = await usedTables(anyDb);
  if (filled.length > 0) {
    throw new CommandError(
      `La base de destination n'est pas vide (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? '…' : ''}) : ` +
        'restaurez dans un répertoire de données vide (COPIL_DATA_DIR) ou une base PostgreSQL vide (DATABASE_URL).',
    );
  }
  return db.transaction().execute(async (trx) => {
    const t = trx as unknown as AnyDb;
    const lines = archiveLines(file);
    const first = await lines.next();
    if (first.done) throw new CommandError(`Le fichier ${file} est vide : ce n'est pas une sauvegarde Copil.`);
    const manifest = checkManifest(first.value, file);
    const known = new Set(await tablesInRestoreOrder(t));
    const unknown = manifest.tables.filter((x) => !known.has(x.name));
    if (unknown.length > 0)
      throw new CommandError(`La sauvegarde contient des tables inconnues : ${unknown.map((x) => x.name).join(', ')}.`);
    const checkForeignKeys = await deferForeignKeys(t);
    // What the migrations wrote is in the archive too, as the source had it: replaced whole.
    await sql`truncate ${sql.join(manifest.tables.map((x) => sql.table(x.name)))}`.execute(t);
    for (const table of manifest.tables) {
      const header = await lines.next();
      const expected = header.done ? null : (JSON.parse(header.value) as { table: string; rows: number });
      if (!expected || expected.table !== table.name || expected.rows !== table.rows) {
        throw new CommandError(`Sauvegarde incomplète ou altérée : section de la table ${table.name} attendue.`);
      }
      const columns = await insertableColumns(t, table.name);
      let batch: string[] = [];
      let chars = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const cols = sql.join(columns.map((c) => sql.ref(c)));
        await sql`insert into ${sql.table(table.name)} (${cols}) overriding system value
                  select ${cols} from json_populate_recordset(null::${sql.table(table.name)}, ${'[' + batch.join(',') + ']'}::json)`.execute(
          t,
        );
        batch = [];
        chars = 0;
      };
      for (let i = 0; i < table.rows; i++) {
        const row = await lines.next();
        if (row.done)
          throw new CommandError(`Sauvegarde tronquée : la table ${table.name} devait compter ${table.rows} lignes.`);
        batch.push(row.value);
        chars += row.value.length;
        if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      }
      await flush();
    }
    if (!(await lines.next()).done)
      throw new CommandError('Sauvegarde altérée : des lignes suivent la dernière table annoncée.');
    await checkForeignKeys();
    const restored = await rowCounts(
      t,
      manifest.tables.map((x) => x.name),
    );
    const wrong = restored.filter((r, i) => r.rows !== manifest.tables[i]!.rows);
    if (wrong.length > 0)
      throw new Error(
        `Nombre de lignes restaurées différent de la sauvegarde : ${wrong.map((w) => w.name).join(', ')}.`,
      );
    await resetSequences(t);
    return manifest;
  });
}

async function insertableColumns(db: AnyDb, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select column_name as name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`.execute(db);
  return rows.map((r) => r.name);
}

async function resetSequences(db: AnyDb) {
  const { rows } = await sql<{ table_name: string; column_name: string; seq: string }>`
    select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
    from information_schema.columns
    where table_schema = 'public' and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`.execute(
    db,
  );
  for (const r of rows) {
    if (SKIPPED_TABLES.has(r.table_name)) continue;
    await sql`select setval(${r.seq}::regclass, coalesce((select max(${sql.ref(r.column_name)}) from ${sql.table(r.table_name)}), 0) + 1, false)`.execute(
      db,
    );
  }
}
