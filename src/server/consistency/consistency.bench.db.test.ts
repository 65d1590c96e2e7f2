import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../test/engines';
import { askEveryQuestion } from './ask';
import { BENCH_DWELLINGS, buildBenchWorld, type World } from './world';

/**
 * The same questions, asked on a second world: the bench's full dataset (bench/dataset) at
 * BENCH_DWELLINGS dwellings, fixed seed and date, loaded on each engine as the bench loads it.
 * Every surface agrees with the owning domain's published query on it too.
 */
describeEachEngine(`consistency on the bench dataset (${BENCH_DWELLINGS} dwellings)`, (engine) => {
  let w: (World & { loadMs: number }) | undefined;
  beforeAll(async () => {
    w = await buildBenchWorld(engine);
    console.log(`bench world (${engine.kind}): loaded in ${(w.loadMs / 1000).toFixed(1)} s`);
  }, 300_000);
  afterAll(async () => w?.built.close());

  it('holds the dataset: operations, payments and decisions beyond the reference data', async () => {
    const count = async (table: 'operations' | 'payments' | 'governance_decisions') =>
      Number(
        (
          await engine.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('operations')).toBeGreaterThan(10);
    expect(await count('payments')).toBeGreaterThan(10);
    expect(await count('governance_decisions')).toBeGreaterThan(10);
  });

  // Left out on this world: the SCDL « délibérations » export refuses the file (422) when a
  // decision has no ACTES subject code, and the dataset's board decisions (matter « other », for
  // which Copil suggests no code) have none — the export's own rule, not a disagreement. The
  // other surfaces of the vote figures (decision, session, workbook, evidence bundle) are asked.
  askEveryQuestion(() => w!, new Set(['export SCDL délibérations (CSV)']));
});
