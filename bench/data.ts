import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeStockCsv, writeStockXlsx } from './dataset/stock';

/**
 * `npm run bench:data -- --dwellings N [--seed S] [--out folder] [--xlsx]`: writes the RPLS stock of
 * N dwellings as CSV (and as xlsx with --xlsx). The rest of the full-scale dataset (convention,
 * money, operations, governance) is loaded into a database by the scenarios themselves, through
 * Copil's services, from the same seed.
 */
const { values } = parseArgs({
  options: {
    dwellings: { type: 'string', default: '40000' },
    seed: { type: 'string', default: '2024' },
    out: { type: 'string', default: 'bench/data' },
    xlsx: { type: 'boolean', default: false },
  },
});
const dwellings = Number(values.dwellings);
const seed = Number(values.seed);
if (!Number.isInteger(dwellings) || dwellings < 1) throw new Error('--dwellings : un entier positif est attendu.');
mkdirSync(values.out, { recursive: true });
const csv = path.join(values.out, `rpls-${dwellings}-${seed}.csv`);
await writeStockCsv(csv, dwellings, seed);
console.log(`Écrit : ${csv}`);
if (values.xlsx) {
  const xlsx = path.join(values.out, `rpls-${dwellings}-${seed}.xlsx`);
  await writeStockXlsx(xlsx, dwellings, seed);
  console.log(`Écrit : ${xlsx}`);
}
