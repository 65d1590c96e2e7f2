import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { round } from './measure';

/**
 * One line of the results: what was measured, against which floor, the ratio, and the target.
 * A ratio is `measured / floor` for times (lower is better) and `measured / floor` for
 * throughputs too (then higher is better): `better` says which.
 */
export interface Result {
  scenario: string;
  engine: 'server' | 'embedded' | '-';
  size: string;
  measured: number;
  unit: string;
  floorLabel: string | null;
  floor: number | null;
  ratio: number | null;
  better: 'lower' | 'higher';
  target: string;
  met: boolean | null;
  extra?: Record<string, number | string>;
}

export function result(r: Omit<Result, 'ratio'> & { ratio?: number | null }): Result {
  const ratio = r.ratio !== undefined ? r.ratio : r.floor ? r.measured / r.floor : null;
  return {
    ...r,
    measured: round(r.measured),
    floor: r.floor === null ? null : round(r.floor),
    ratio: ratio === null ? null : Number(ratio.toPrecision(3)),
  };
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'inconnu',
    memoryGb: round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export function printTable(results: Result[]) {
  const rows = results.map((r) => [
    r.scenario,
    r.engine,
    r.size,
    `${r.measured} ${r.unit}`,
    r.floor === null ? '—' : `${r.floor} ${r.unit} (${r.floorLabel})`,
    r.ratio === null ? '—' : `${r.ratio}×`,
    r.target,
    r.met === null ? '—' : r.met ? 'oui' : 'NON',
  ]);
  const header = ['scénario', 'moteur', 'taille', 'mesure', 'plancher', 'ratio', 'cible', 'atteinte'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of rows) console.log(line(r));
}

export function writeResults(file: string, results: Result[], startedAt: Date) {
  writeFileSync(
    file,
    JSON.stringify(
      { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine: machine(), results },
      null,
      2,
    ) + '\n',
  );
}
