import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * The dataset's SQL script: multi-row INSERTs of at most BATCH rows, one statement ending with
 * `;` at the end of a line (so a reader splits statements line by line, as the loader does), and
 * no string literal spanning lines. Rows of the reference data loaded by Copil's seed (parties,
 * convention, envelopes, 2024 allocations, bodies, board members, indicators) are named through
 * `pg_temp.bench_ref('key')`, a lookup the script's header fills from their natural keys.
 */

export const BATCH = 1_000;

/** A reference row, by its key in the script's lookup table. */
export class Ref {
  constructor(readonly key: string) {}
}
export const ref = (key: string) => new Ref(key);

/** A jsonb value (serialised with JSON.stringify, bigint as text). */
export class Json {
  constructor(readonly value: unknown) {}
}
export const json = (value: unknown) => new Json(value);

/** A bytea value. */
export class Bytes {
  constructor(readonly value: Buffer) {}
}

export type Cell = string | number | bigint | boolean | null | Date | Ref | Json | Bytes | string[];

function quote(text: string): string {
  if (text.includes('\n') || text.includes('\r'))
    throw new Error(`Jeu de données : un texte tient sur une ligne (${text.slice(0, 60)}…).`);
  return `'${text.replace(/'/g, "''")}'`;
}

export function literal(cell: Cell): string {
  if (cell === null) return 'null';
  if (typeof cell === 'string') return quote(cell);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error('Jeu de données : nombre non fini.');
    return String(cell);
  }
  if (typeof cell === 'bigint') return cell.toString();
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return quote(cell.toISOString());
  if (cell instanceof Ref) return `pg_temp.bench_ref(${quote(cell.key)})`;
  if (cell instanceof Json)
    return quote(JSON.stringify(cell.value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
  if (cell instanceof Bytes) return `'\\x${cell.value.toString('hex')}'`;
  if (Array.isArray(cell)) return quote(`{${cell.map((c) => `"${c.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`);
  throw new Error('Jeu de données : valeur SQL inconnue.');
}

/** Writes the script, respecting the stream's back-pressure, and counts the rows of each table. */
export class SqlWriter {
  private readonly out: WriteStream;
  private pending: string[] = [];
  private pendingBytes = 0;
  readonly rows = new Map<string, number>();

  constructor(file: string) {
    this.out = createWriteStream(file);
  }

  private async write(text: string) {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes >= 1 << 20) await this.flush();
  }

  private async flush() {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async comment(text: string) {
    await this.write(`\n-- ${text}\n`);
  }

  /** A statement written as is (it must fit the one-statement-per-`;`-line rule). */
  async statement(text: string) {
    await this.write(`${text};\n`);
  }

  private count(table: string, n: number) {
    this.rows.set(table, (this.rows.get(table) ?? 0) + n);
  }

  /** `insert into table (columns) values …` in batches. */
  async insert(table: string, columns: string[], rows: Cell[][]) {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const values = batch.map((row) => {
        if (row.length !== columns.length)
          throw new Error(`Jeu de données : ${table} attend ${columns.length} colonnes, ${row.length} données.`);
        return `(${row.map(literal).join(', ')})`;
      });
      await this.write(`insert into ${table} (${columns.join(', ')}) values\n${values.join(',\n')};\n`);
    }
    this.count(table, rows.length);
  }

  /**
   * `insert into table (columns) select <select> from (values …) as v(names) <tail>`: rows whose
   * values are completed by a join (a dwelling found by its key, its class as stored).
   */
  async insertSelect(table: string, columns: string[], names: string[], select: string, tail: string, rows: Cell[][]) {
    for (let start = 0; start < rows.length; start += BATCH) {
      const values = rows.slice(start, start + BATCH).map((row) => `(${row.map(literal).join(', ')})`);
      await this.write(
        `insert into ${table} (${columns.join(', ')})\nselect ${select} from (values\n${values.join(',\n')}) as v(${names.join(', ')})\n${tail};\n`,
      );
    }
    this.count(table, rows.length);
  }

  async close() {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
