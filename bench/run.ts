import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/server/platform/db/connect';
import { serverReachable } from './lib/databases';
import { printTable, writeResults, type Result } from './lib/report';
import { apiScenarios } from './scenarios/api';
import { spreadsheetScenario, stockScenarios } from './scenarios/stock';
import { bundleScenario } from './scenarios/web';

/**
 * `npm run bench [-- --only stock,spreadsheet,api,web] [--sizes 40000,1000000] [--engines server,embedded] [--embedded-max 40000]`
 * Runs each scenario against its floor measured in the same run, prints the table and writes
 * bench/results.json. BENCHMARKS.md explains the scenarios and keeps the latest figures.
 */
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'stock,spreadsheet,api,web' },
    sizes: { type: 'string', default: '40000,1000000' },
    engines: { type: 'string', default: 'server,embedded' },
    // PGlite is one process's embedded database: a regional group's million dwellings run on the server.
    'embedded-max': { type: 'string', default: '40000' },
    data: { type: 'string', default: 'bench/data' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const only = new Set(values.only.split(','));
const sizes = values.sizes.split(',').map(Number);
const engines = values.engines.split(',') as Engine[];
mkdirSync(values.data, { recursive: true });
if (!(await serverReachable())) throw new Error('PostgreSQL injoignable (BENCH_DATABASE_URL ou postgres://postgres@127.0.0.1:5432/postgres).');

const startedAt = new Date();
const results: Result[] = [];
const step = async (name: string, work: () => Promise<Result[]> | Result[]) => {
  if (!only.has(name)) return;
  console.log(`… ${name}`);
  results.push(...(await work()));
};
await step('stock', () => stockScenarios({ engines, sizes, dataDir: values.data, embeddedMax: Number(values['embedded-max']) }));
await step('spreadsheet', () => spreadsheetScenario({ dataDir: values.data }));
await step('api', () => apiScenarios({ dataDir: values.data }));
await step('web', () => (existsSync('dist/web/index.html') ? bundleScenario() : []));
printTable(results);
writeResults(values.out, results, startedAt);
console.log(`\nRésultats écrits dans ${values.out}`);
