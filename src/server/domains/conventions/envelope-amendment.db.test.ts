import type { Principal } from '../../kernel/principal';
import { beforeAll, expect, it } from 'vitest';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { getFinanceOverview } from '../finance/envelopes.service';
import { createAmendment, listAmendments } from './amendments.service';

/** An amendment that changes an envelope's amount takes effect as a dated revision of the envelope. */
describeEachEngine('conventions: amendment of an envelope amount', (engine) => {
  let coordinator: Principal;
  let conventionId: string;

  beforeAll(async () => {
    await runSeed(engine.db, 'reference');
    const department = await engine.db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', '22620001200012')
      .executeTakeFirstOrThrow();
    coordinator = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: department.id });
    const convention = await engine.db
      .selectFrom('conventions')
      .select('id')
      .where('period_end', '=', '2033-12-31')
      .executeTakeFirstOrThrow();
    conventionId = convention.id;
  });

  it('raises the investment envelope to 110 M€ from the amendment’s effective date, keeping the old amount as history', async () => {
    await createAmendment(engine.db, coordinator, conventionId, {
      number: 1,
      object: "Relèvement de l'autorisation de programme",
      signedOn: '2026-01-10',
      effectiveOn: '2026-02-01',
      approvals: 'Délibération du Conseil départemental du 8 décembre 2025',
      changes: [{ field: 'envelope_amount', envelopeKind: 'investment', amount: '110000000.00' }],
    });
    const overview = await getFinanceOverview(engine.db, coordinator, conventionId);
    const investment = overview.envelopes.find((e) => e.kind === 'investment')!;
    expect(investment.initialAmount).toBe('100000000.00');
    expect(investment.amount).toBe('110000000.00');
    expect(investment.totals.leftToAllocate).toBe('106000000.00');
    expect(investment.revisions).toEqual([
      expect.objectContaining({
        effectiveOn: '2026-02-01',
        amount: '110000000.00',
        deliberationRef: expect.stringContaining('Avenant n° 1'),
      }),
    ]);
    const [amendment] = await listAmendments(engine.db, coordinator, conventionId);
    expect(amendment!.changes[0]).toEqual({
      change: { field: 'envelope_amount', envelopeKind: 'investment', amount: '110000000.00' },
      previous: { amount: '100000000.00' },
    });
    const revision = await engine.db
      .selectFrom('envelope_revisions')
      .select(['amendment_id'])
      .executeTakeFirstOrThrow();
    expect(revision.amendment_id).toBe(amendment!.id);
  });
});
