import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/engines';
import { createAllocation } from '../finance/envelopes.service';
import { governanceWorld, type GovernanceWorld } from '../governance/test-setup';
import { dutyInstancesAsOf } from './obligations.queries';

/** Issue #19: an act outside its clause's window is recorded with a warning, and the calendar says it on the duty. */
describeEachEngine('windows set by the clauses', (engine) => {
  let w: GovernanceWorld;
  beforeAll(async () => {
    w = await governanceWorld(engine.db);
  });

  it('an allocation voted in July is recorded, with a warning in its answer and on the duty', async () => {
    const envelope = await engine.db
      .selectFrom('envelopes')
      .select('id')
      .where('convention_id', '=', w.conventionId)
      .where('kind', '=', 'investment')
      .executeTakeFirstOrThrow();
    const inside = await createAllocation(engine.db, w.coordinator, envelope.id, {
      year: 2028,
      amount: 100_000n,
      deliberationBody: 'Conseil départemental',
      deliberationDate: '2028-02-14',
    });
    expect(inside.warning).toBeNull();
    const outside = await createAllocation(engine.db, w.coordinator, envelope.id, {
      year: 2029,
      amount: 100_000n,
      deliberationBody: 'Conseil départemental',
      deliberationDate: '2029-07-09',
    });
    expect(outside.warning).toBe(
      "Délibération d'application 2029 votée le 09/07/2029, hors de la période prévue par l'article 3 de la convention (au 1er trimestre 2029) : l'acte est enregistré, l'échéance le signale.",
    );
    const allocationDuties = (await dutyInstancesAsOf(engine.db, w.conventionId, '2029-12-31')).filter(
      (i) => i.code === 'ALLOCATION' && ['2028-T1', '2029-T1'].includes(i.periodKey),
    );
    expect(allocationDuties.map((i) => [i.periodKey, i.status, i.doneLate, i.warning !== null])).toEqual([
      ['2028-T1', 'done', false, false],
      ['2029-T1', 'done', true, true],
    ]);
  });
});
