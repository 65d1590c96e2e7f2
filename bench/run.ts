import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/server/platform/db/connect';
import { serverReachable } from './lib/databases';
import { FullDatasets } from './lib/full';
import { printTable, writeResults, type Result } from './lib/report';
import { apiScenarios } from './scenarios/api';
import { documentScenarios } from './scenarios/documents';
import { loadScenario } from './scenarios/load';
import { restingScenario } from './scenarios/resting';
import { spreadsheetScenario, stockScenarios } from './scenarios/stock';
import { trajectoryScenarios } from './scenarios/trajectory';
import { webScenarios } from './scenarios/web';

/**
 * `npm run bench [-- --only stock,spreadsheet,resting,trajectory,documents,api,web,load] [--sizes 40000,1000000]
 *   [--engines server,embedded] [--embedded-max 40000] [--load-seconds 60] [--load-think 5000-25000] [--data bench/data] [--web dist/web]`
 * Runs each scenario against its floor measured in the same run, prints the table and writes
 * bench/results.json. The full-scale dataset of each size (bench/dataset/full.ts) is written to
 * bench/data once and loaded once per run, shared by the scenarios that read it; the load scenario,
 * which writes, runs last. BENCHMARKS.md explains the scenarios and keeps the latest figures.
 */
const SCENARIOS = ['stock', 'spreadsheet', 'resting', 'trajectory', 'documents', 'api', 'web', 'load'];
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: SCENARIOS.join(',') },
    sizes: { type: 'string', default: '40000,1000000' },
    engines: { type: 'string', default: 'server,embedded' },
    // PGlite is one process's embedded database: a regional group's million dwellings run on the server.
    'embedded-max': { type: 'string', default: '40000' },
    'load-seconds': { type: 'string', default: '60' },
    // What a simulated person spends on a page before opening the next one, drawn uniformly (ms).
    'load-think': { type: 'string', default: '5000-25000' },
    data: { type: 'string', default: 'bench/data' },
    // The built web application the web scenario measures and serves (`npm run build` writes dist/web).
    web: { type: 'string', default: 'dist/web' },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const only = new Set(values.only.split(','));
const unknown = [...only].filter((s) => !SCENARIOS.includes(s));
if (unknown.length > 0)
  throw new Error(`Scénario inconnu : ${unknown.join(', ')} ; scénarios : ${SCENARIOS.join(', ')}.`);
const sizes = values.sizes.split(',').map(Number);
const engines = values.engines.split(',') as Engine[];
const embeddedMax = Number(values['embedded-max']);
mkdirSync(values.data, { recursive: true });
if (!(await serverReachable()))
  throw new Error('PostgreSQL injoignable (BENCH_DATABASE_URL ou postgres://postgres@127.0.0.1:5432/postgres).');

const startedAt = new Date();
const results: Result[] = [];
const full = new FullDatasets(values.data);
const step = async (name: string, work: () => Promise<Result[]> | Result[]) => {
  if (!only.has(name)) return;
  console.log(`… ${name}`);
  results.push(...(await work()));
};
try {
  await step('stock', () => stockScenarios({ engines, sizes, dataDir: values.data, embeddedMax }));
  await step('spreadsheet', () => spreadsheetScenario({ dataDir: values.data }));
  await step('resting', () => restingScenario());
  await step('trajectory', () => trajectoryScenarios({ engines, sizes, embeddedMax, full }));
  await step('documents', () => documentScenarios({ full }));
  await step('api', () => apiScenarios({ full }));
  await step('web', () => webScenarios({ full, webDir: values.web }));
  await step('load', () =>
    loadScenario({
      full,
      durationS: Number(values['load-seconds']),
      thinkMs: values['load-think'].split('-').map(Number) as [number, number],
    }),
  );
} finally {
  await full.disposeAll();
}
printTable(results);
writeResults(values.out, results, startedAt);
console.log(`\nRésultats écrits dans ${values.out}`);
