import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectServer, type DatabaseHandle, type Db } from '../../platform/db/connect';
import { AppError, type ErrorCode } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { verifyChain } from '../audit/audit.service';
import { createAgreement } from './agreements.service';
import { createAllocation } from './envelopes.service';
import * as financeRepo from './finance.repository';
import * as requestsRepo from './requests.repository';
import { createRequest, pay, transition } from './requests.service';

const ATTEMPTS = 50;

interface Outcome<T> {
  ok: T[];
  codes: Partial<Record<ErrorCode, number>>;
  ms: number;
}

/** Starts every attempt at once and sorts what came back: values, and AppError codes (anything else fails the test). */
async function race<T>(attempts: (() => Promise<T>)[]): Promise<Outcome<T>> {
  const started = performance.now();
  const settled = await Promise.allSettled(attempts.map((attempt) => attempt()));
  const outcome: Outcome<T> = { ok: [], codes: {}, ms: Math.round(performance.now() - started) };
  for (const s of settled) {
    if (s.status === 'fulfilled') outcome.ok.push(s.value);
    else if (s.reason instanceof AppError) outcome.codes[s.reason.code] = (outcome.codes[s.reason.code] ?? 0) + 1;
    else throw s.reason;
  }
  return outcome;
}

/**
 * The finance invariants under real concurrency (DESIGN §3): 50 simultaneous calls, spread over two
 * pools on the same database as two server instances would be, against the row locks taken by the
 * services. PGlite has one connection and serialises every transaction, so these races only mean
 * something on the PostgreSQL server; under CI=true an unreachable server fails the suite
 * (describeEachEngine) rather than skipping it.
 */
describeEachEngine(
  'finance races',
  (engine) => {
    let instanceA: DatabaseHandle;
    let instanceB: DatabaseHandle;
    let coordinator: Principal;
    let officeManager: Principal;
    let conventionId: string;
    let investmentId: string;
    let agreementId: string;
    let advanceLineId: string;
    let balanceLineId: string;
    const requestIds: string[] = [];
    /** Attempt i goes through instance A when i is even, B when odd. */
    const instance = (i: number): Db => (i % 2 === 0 ? instanceA.db : instanceB.db);
    const report = (label: string, o: Outcome<unknown>) =>
      console.info(`[race] ${label}: ${o.ok.length} accepted, ${JSON.stringify(o.codes)} refused, ${o.ms} ms`);

    beforeAll(async () => {
      await runSeed(engine.db, 'reference');
      instanceA = connectServer(engine.url!, { max: 20 });
      instanceB = connectServer(engine.url!, { max: 20 });
      const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
      coordinator = await createTestUser(engine.db, {
        roles: ['coordinator'],
        organisationId: orgs.find((o) => o.siret === '22620001200012')!.id,
      });
      officeManager = await createTestUser(engine.db, {
        roles: ['office_manager'],
        organisationId: orgs.find((o) => o.siret === '34407767200022')!.id,
      });
      conventionId = (
        await engine.db
          .selectFrom('conventions')
          .select('id')
          .where('period_start', '=', '2024-01-01')
          .executeTakeFirstOrThrow()
      ).id;
      const envelopes = await financeRepo.listEnvelopes(engine.db, conventionId);
      investmentId = envelopes.find((x) => x.kind === 'investment')!.id;
      const operatingId = envelopes.find((x) => x.kind === 'operating')!.id;
      const operating2024 = (await financeRepo.listAllocations(engine.db, [operatingId])).find(
        (a) => a.year === 2024,
      )!.id;
      const agreement = await createAgreement(engine.db, coordinator, operating2024, {
        amount: 5_000_000_00n,
        purpose: 'Maintenance 2024',
        schedule: [
          { kind: 'advance', label: 'Avance', amount: 1_000_00n, requiredDocuments: [] },
          { kind: 'balance', label: 'Solde', amount: 4_999_000_00n, requiredDocuments: [] },
        ],
      });
      agreementId = agreement.id;
      [advanceLineId, balanceLineId] = agreement.schedule.map((l) => l.id) as [string, string];
    });

    afterAll(async () => {
      await instanceA?.close();
      await instanceB?.close();
    });

    it('50 requests of 100,00 € on a line with 1 000,00 € left: exactly 10 pass, 40 are refused, Σ = 1 000,00 €', async () => {
      const outcome = await race(
        Array.from(
          { length: ATTEMPTS },
          (_, i) => () =>
            createRequest(instance(i), officeManager, agreementId, { scheduleLineId: advanceLineId, amount: 100_00n }),
        ),
      );
      report('createRequest ×50 (2 pools)', outcome);
      expect(outcome.ok).toHaveLength(10);
      expect(outcome.codes).toEqual({ INVARIANT_VIOLATED: 40 });
      requestIds.push(...outcome.ok.map((r) => r.id));
      const { rows } = await sql<{ n: number; total: string }>`
      select count(*)::int as n, coalesce(sum(amount_cents), 0)::text as total
      from payment_requests where schedule_line_id = ${advanceLineId} and status <> 'rejected'`.execute(engine.db);
      expect(rows[0]).toEqual({ n: 10, total: '100000' });
    });

    it('50 votes of 20 M€ for the years 2025–2033 with 96 M€ left: exactly 4 pass, Σ allocations ≤ 100 M€', async () => {
      const years = Array.from({ length: 9 }, (_, i) => 2025 + i);
      const outcome = await race(
        Array.from(
          { length: ATTEMPTS },
          (_, i) => () =>
            createAllocation(instance(i), coordinator, investmentId, {
              year: years[i % years.length]!,
              amount: 20_000_000_00n,
              deliberationBody: 'Commission permanente',
              deliberationDate: '2025-02-10',
            }),
        ),
      );
      report('createAllocation ×50 (2 pools)', outcome);
      expect(outcome.ok).toHaveLength(4);
      expect((outcome.codes.CONFLICT ?? 0) + (outcome.codes.INVARIANT_VIOLATED ?? 0)).toBe(46);
      expect(outcome.codes.INVARIANT_VIOLATED).toBeGreaterThan(0);
      const allocations = await financeRepo.listAllocations(engine.db, [investmentId]);
      expect(new Set(allocations.map((a) => a.year)).size).toBe(allocations.length);
      expect(allocations.reduce((s, a) => s + a.amount_cents, 0n)).toBe(84_000_000_00n);
    });

    it('50 approvals and then 50 payments racing on the 10 requests: each approved once, paid once, Σ payments = 1 000,00 €', async () => {
      for (const id of requestIds) await transition(engine.db, officeManager, id, 'submit', null);
      const approvals = await race(
        Array.from(
          { length: ATTEMPTS },
          (_, i) => () => transition(instance(i), coordinator, requestIds[i % 10]!, 'approve', null),
        ),
      );
      report('approve ×50 on 10 requests', approvals);
      expect(approvals.ok).toHaveLength(10);
      expect(approvals.codes).toEqual({ CONFLICT: 40 });

      const payments = await race(
        Array.from(
          { length: ATTEMPTS },
          (_, i) => () =>
            pay(instance(i), coordinator, requestIds[i % 10]!, { mandateNumber: `M-${i}`, mandateDate: '2024-10-01' }),
        ),
      );
      report('pay ×50 on 10 requests', payments);
      expect(payments.ok).toHaveLength(10);
      expect(payments.codes).toEqual({ INVARIANT_VIOLATED: 40 });
      const paid = await engine.db
        .selectFrom('payments')
        .select(['request_id', 'amount_cents'])
        .where('funding_agreement_id', '=', agreementId)
        .execute();
      expect(new Set(paid.map((p) => p.request_id))).toEqual(new Set(requestIds));
      expect(paid.reduce((s, p) => s + p.amount_cents, 0n)).toBe(1_000_00n);
    });

    it('50 payments racing on the last 500,00 € of the agreement never exceed its amount', async () => {
      // Requests approved outside the line check (as if taken over from an earlier tool): only the
      // agreement's lock in pay() stands between them and an overpayment.
      const now = new Date();
      const approved = (amount: bigint) =>
        requestsRepo.insertRequest(engine.db, {
          funding_agreement_id: agreementId,
          schedule_line_id: balanceLineId,
          amount_cents: amount,
          status: 'approved',
          description: null,
          created_by: officeManager.id,
          created_at: now,
          submitted_at: now,
          updated_at: now,
        });
      await pay(engine.db, coordinator, (await approved(4_998_500_00n)).id, {
        mandateNumber: 'M-SOLDE',
        mandateDate: '2024-11-01',
      });
      const last = await Promise.all(Array.from({ length: ATTEMPTS }, () => approved(100_00n)));
      const outcome = await race(
        last.map(
          (r, i) => () =>
            pay(instance(i), coordinator, r.id, { mandateNumber: `M-LAST-${i}`, mandateDate: '2024-12-01' }),
        ),
      );
      report('pay ×50 on the last 500 €', outcome);
      expect(outcome.ok).toHaveLength(5);
      expect(outcome.codes).toEqual({ INVARIANT_VIOLATED: 45 });
      const { rows } = await sql<{
        total: string;
      }>`select sum(amount_cents)::text as total from payments where funding_agreement_id = ${agreementId}`.execute(
        engine.db,
      );
      expect(rows[0]!.total).toBe('500000000');
      const statuses = await engine.db
        .selectFrom('payment_requests')
        .select('status')
        .where(
          'id',
          'in',
          last.map((r) => r.id),
        )
        .execute();
      expect(statuses.filter((s) => s.status === 'paid')).toHaveLength(5);
    });

    it('kept the audit chain whole: one event per accepted write, chained in order', async () => {
      const verification = await verifyChain(engine.db, coordinator);
      expect(verification).toMatchObject({ valid: true, firstBrokenEventId: null });
      const { rows } = await sql<{ entity_type: string; action: string; n: number }>`
      select entity_type, action, count(*)::int as n from audit_events
      where actor_user_id in (${coordinator.id}, ${officeManager.id}) group by entity_type, action order by entity_type, action`.execute(
        engine.db,
      );
      expect(rows).toEqual([
        { entity_type: 'allocation', action: 'create', n: 4 },
        { entity_type: 'funding_agreement', action: 'create', n: 1 },
        { entity_type: 'payment', action: 'create', n: 16 },
        { entity_type: 'payment_request', action: 'approve', n: 10 },
        { entity_type: 'payment_request', action: 'create', n: 10 },
        { entity_type: 'payment_request', action: 'submit', n: 10 },
      ]);
    });
  },
  { serverOnly: true },
);
