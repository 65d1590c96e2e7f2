import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Engine } from '../../src/server/platform/db/connect';
import { writeStockCsv, writeStockXlsx } from '../dataset/stock';
import { runChild } from '../lib/child';
import { createTarget } from '../lib/databases';
import { SEED } from '../lib/full';
import { timed } from '../lib/measure';
import { result, type Result } from '../lib/report';

interface ImportFigures {
  importMs: number;
  rows: number;
  status: string;
  baseRssMb: number;
  peakRssMb: number;
}

/** The generated stock file for a size, written once and reused by later runs. */
export async function stockFile(dataDir: string, dwellings: number, format: 'csv' | 'xlsx'): Promise<string> {
  const file = path.resolve(dataDir, `rpls-${dwellings}-${SEED}.${format}`);
  if (!existsSync(file)) await (format === 'csv' ? writeStockCsv : writeStockXlsx)(file, dwellings, SEED);
  return file;
}

async function importOnce(engine: Engine, file: string): Promise<ImportFigures> {
  const target = await createTarget(engine);
  try {
    await runChild('prepare.ts', [engine, target.location]);
    const figures = await runChild<ImportFigures>('stock-import.ts', [engine, target.location, file]);
    if (figures.status !== 'completed')
      throw new Error(`Import ${path.basename(file)} sur ${engine} : ${figures.status}`);
    return figures;
  } finally {
    await target.dispose();
  }
}

async function copyFloor(engine: Engine, file: string): Promise<number> {
  const target = await createTarget(engine);
  try {
    return (await runChild<{ copyMs: number }>('copy-floor.ts', [engine, target.location, file])).copyMs;
  } finally {
    await target.dispose();
  }
}

/**
 * Stock import of each size on each engine against a raw COPY of the same file (the database's
 * floor), with the importer's peak memory. The 1,000,000-row import is held to bounded memory and
 * to 30× the 40,000 time. (The trajectory and the xlsx export are measured on the full dataset:
 * scenarios trajectory and documents.)
 */
export async function stockScenarios(options: {
  engines: Engine[];
  sizes: number[];
  dataDir: string;
  embeddedMax: number;
}): Promise<Result[]> {
  const results: Result[] = [];
  for (const engine of options.engines) {
    const importTimes = new Map<number, number>();
    for (const size of options.sizes) {
      if (engine === 'embedded' && size > options.embeddedMax) continue;
      const file = await stockFile(options.dataDir, size, 'csv');
      const label = size.toLocaleString('fr-FR');
      const floorMs = await copyFloor(engine, file);
      const figures = await importOnce(engine, file);
      importTimes.set(size, figures.importMs);
      results.push(
        result({
          scenario: 'import du patrimoine (CSV RPLS)',
          engine,
          size: `${label} lignes`,
          measured: figures.importMs,
          unit: 'ms',
          floorLabel: 'COPY brut',
          floor: floorMs,
          better: 'lower',
          target: '≤ 3× COPY',
          met: figures.importMs <= 3 * floorMs,
        }),
      );
      const memoryTarget = size >= 1_000_000 ? 300 : null;
      results.push(
        result({
          scenario: "mémoire de pointe de l'import",
          engine,
          size: `${label} lignes`,
          measured: figures.peakRssMb,
          unit: 'Mo',
          floorLabel: 'processus au repos',
          floor: figures.baseRssMb,
          better: 'lower',
          target: memoryTarget ? '< 300 Mo' : '—',
          met: memoryTarget ? figures.peakRssMb < memoryTarget : null,
        }),
      );
      const small = importTimes.get(40_000);
      if (size >= 1_000_000 && small) {
        results.push(
          result({
            scenario: "passage à l'échelle de l'import",
            engine,
            size: `${label} / 40 000`,
            measured: figures.importMs,
            unit: 'ms',
            floorLabel: 'import de 40 000',
            floor: small,
            better: 'lower',
            target: '≤ 30×',
            met: figures.importMs <= 30 * small,
          }),
        );
      }
    }
  }
  return results;
}

const execFileAsync = promisify(execFile);

/** The 40,000-row xlsx import against LibreOffice just opening and converting the same file. */
export async function spreadsheetScenario(options: { dataDir: string }): Promise<Result[]> {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  const file = await stockFile(options.dataDir, 40_000, 'xlsx');
  const figures = await importOnce('server', file);
  if (!soffice) {
    return [
      result({
        scenario: 'import xlsx',
        engine: 'server',
        size: '40 000 lignes',
        measured: figures.importMs,
        unit: 'ms',
        floorLabel: 'LibreOffice absent',
        floor: null,
        better: 'lower',
        target: '< LibreOffice',
        met: null,
      }),
    ];
  }
  const out = mkdtempSync(path.join(os.tmpdir(), 'copil-lo-'));
  try {
    const profile = `-env:UserInstallation=file://${out}/profile`;
    const convert = await timed(() =>
      execFileAsync(soffice, [profile, '--headless', '--convert-to', 'csv', '--outdir', out, file], {
        timeout: 600_000,
      }),
    );
    return [
      result({
        scenario: 'import xlsx',
        engine: 'server',
        size: '40 000 lignes',
        measured: figures.importMs,
        unit: 'ms',
        floorLabel: 'LibreOffice → CSV',
        floor: convert.ms,
        better: 'lower',
        target: '< LibreOffice',
        met: figures.importMs < convert.ms,
      }),
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
