import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AS_OF, writeFullDataset } from './dataset/full';
import { writeStockCsv, writeStockXlsx } from './dataset/stock';

/**
 * `npm run bench:data -- --dwellings N [--seed S] [--as-of YYYY-MM-DD] [--out folder] [--xlsx] [--stock-only]`
 * writes the full-scale dataset of N dwellings, the same bytes for the same N, S and date:
 * - `rpls-N-S.csv`: the landlord's RPLS stock (and `rpls-N-S.xlsx` with --xlsx);
 * - `full-N-S.sql`: everything else, loaded after the seed and the stock import (BENCHMARKS.md);
 * - `full-N-S.json`: its manifest (row counts, the accounts and their password, the file's SHA-256).
 */
const { values } = parseArgs({
  options: {
    dwellings: { type: 'string', default: '40000' },
    seed: { type: 'string', default: '2024' },
    'as-of': { type: 'string', default: DEFAULT_AS_OF },
    out: { type: 'string', default: 'bench/data' },
    xlsx: { type: 'boolean', default: false },
    'stock-only': { type: 'boolean', default: false },
  },
});
const dwellings = Number(values.dwellings);
const seed = Number(values.seed);
if (!Number.isInteger(dwellings) || dwellings < 1) throw new Error('--dwellings : un entier positif est attendu.');
if (!Number.isInteger(seed)) throw new Error('--seed : un entier est attendu.');
if (!/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new Error('--as-of : une date AAAA-MM-JJ est attendue.');
mkdirSync(values.out, { recursive: true });
const csv = path.join(values.out, `rpls-${dwellings}-${seed}.csv`);
await writeStockCsv(csv, dwellings, seed);
console.log(`Écrit : ${csv}`);
if (values.xlsx) {
  const xlsx = path.join(values.out, `rpls-${dwellings}-${seed}.xlsx`);
  await writeStockXlsx(xlsx, dwellings, seed);
  console.log(`Écrit : ${xlsx}`);
}
if (!values['stock-only']) {
  const sql = path.join(values.out, `full-${dwellings}-${seed}.sql`);
  const manifest = await writeFullDataset(sql, dwellings, seed, values['as-of']);
  const rows = Object.entries(manifest.rows)
    .map(([table, n]) => `${table} ${n.toLocaleString('fr-FR')}`)
    .join(', ');
  console.log(`Écrit : ${sql} (${rows})`);
  console.log(`Écrit : ${sql.replace(/\.sql$/, '.json')}`);
}
