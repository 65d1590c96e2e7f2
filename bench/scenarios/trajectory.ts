import type { Engine } from '../../src/server/platform/db/connect';
import { runChild } from '../lib/child';
import { capStatements } from '../lib/databases';
import type { FullDatasets } from '../lib/full';
import { result, type Result } from '../lib/report';

interface TrajectoryFigures {
  cut?: boolean;
  computedMs: number;
  againMs: number;
  byEpciMs: number;
  floorMs: number;
  dwellings: number;
  treated: number;
  counted: number;
  operations: number;
}

/**
 * The trajectory service on the full-scale dataset (the stock and its operations) for each size
 * and engine: computed for a date never asked before, against one grouped pass over the dwellings
 * (the least any trajectory must read); read again for the same date. Target: < 1 s computed for
 * 1,000,000 dwellings on the server. A 1,000,000-dwelling database is dropped once measured.
 * On the server, a computation still running after CUT_MS is cut by the database
 * (statement_timeout) and reported as cut, so that one slow path never stalls the whole run.
 */
const CUT_MS = 180_000;

export async function trajectoryScenarios(options: {
  engines: Engine[];
  sizes: number[];
  embeddedMax: number;
  full: FullDatasets;
}): Promise<Result[]> {
  const results: Result[] = [];
  for (const engine of options.engines) {
    for (const size of options.sizes) {
      if (engine === 'embedded' && size > options.embeddedMax) continue;
      const target = await options.full.get(engine, size);
      if (engine === 'server') await capStatements(target.location, CUT_MS);
      const f = await runChild<TrajectoryFigures>('trajectory.ts', [engine, target.location]).finally(() =>
        engine === 'server' ? capStatements(target.location, null) : undefined,
      );
      const big = size >= 1_000_000 && engine === 'server';
      if (f.cut) {
        results.push(
          result({
            scenario: 'trajectoire (service) : calcul',
            engine,
            size: `${size.toLocaleString('fr-FR')} logements`,
            measured: CUT_MS,
            unit: 'ms',
            floorLabel: null,
            floor: null,
            better: 'lower',
            target: big ? '< 1 000 ms' : '—',
            met: big ? false : null,
            extra: { cut: `interrompu par la base après ${CUT_MS / 1000} s` },
          }),
        );
        if (size > 40_000) await options.full.release(engine, size);
        continue;
      }
      const label = `${size.toLocaleString('fr-FR')} logements, ${f.operations.toLocaleString('fr-FR')} opérations`;
      const extra = { treatedDwellings: f.treated, countedDwellings: f.counted, byEpciMs: Math.round(f.byEpciMs) };
      results.push(
        result({
          scenario: 'trajectoire (service) : calcul',
          engine,
          size: label,
          measured: f.computedMs,
          unit: 'ms',
          floorLabel: 'un parcours groupé des logements',
          floor: f.floorMs,
          better: 'lower',
          target: big ? '< 1 000 ms' : '—',
          met: big ? f.computedMs < 1000 : null,
          extra,
        }),
      );
      results.push(
        result({
          scenario: 'trajectoire (service) : relecture',
          engine,
          size: label,
          measured: f.againMs,
          unit: 'ms',
          floorLabel: 'un parcours groupé des logements',
          floor: f.floorMs,
          better: 'lower',
          target: '—',
          met: null,
        }),
      );
      if (size > 40_000) await options.full.release(engine, size);
    }
  }
  return results;
}
