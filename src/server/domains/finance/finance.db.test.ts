import type { Principal } from '../../kernel/principal';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../../../contracts/dates';
import { insertDocument } from '../../platform/documents';
import { AppError, type ErrorCode } from '../../platform/errors';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import {
  addAffectation,
  addReimbursement,
  createAgreement,
  getAgreement,
  type CreateAgreement,
} from './agreements.service';
import { createAllocation, getFinanceOverview, reviseEnvelope } from './envelopes.service';
import * as financeRepo from './finance.repository';
import { createGuarantee, getGuarantees } from './guarantees.service';
import * as requestsRepo from './requests.repository';
import { attachDocument, createRequest, getRequest, listRequests, pay, transition } from './requests.service';

const NNBSP = '\u202f';

async function refused(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** The finance chain through its services: envelopes, allocations, agreements, requests, payments, who may do what, and the audit trail. */
describeEachEngine('finance services', (engine) => {
  let coordinator: Principal,
    officeAgent: Principal,
    officeManager: Principal,
    admin: Principal,
    controller: Principal,
    outsider: Principal;
  let conventionId: string,
    officeId: string,
    investmentId: string,
    operatingId: string,
    investment2024: string,
    operating2024: string;
  let agreementId: string, advanceLineId: string, balanceLineId: string, paidRequestId: string;
  const expected: Record<string, number> = {};
  let auditBefore: Record<string, number>;

  const audited = async <T>(entityType: string, promise: Promise<T>): Promise<T> => {
    const result = await promise;
    expected[entityType] = (expected[entityType] ?? 0) + 1;
    return result;
  };
  const auditCounts = async () =>
    Object.fromEntries(
      (
        await sql<{
          entity_type: string;
          n: number;
        }>`select entity_type, count(*)::int as n from audit_events group by entity_type`.execute(engine.db)
      ).rows.map((r) => [r.entity_type, r.n]),
    ) as Record<string, number>;
  const count = async (
    table: 'allocations' | 'funding_agreements' | 'payment_requests' | 'payments' | 'envelope_revisions',
  ) => (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(engine.db)).rows[0]!.n;
  const allocation = (year: number, amount: bigint, deliberationDate = `${year}-02-15`) => ({
    year,
    amount,
    deliberationBody: 'Commission permanente',
    deliberationDate,
  });
  const agreementBody = (amount: bigint, advance: bigint, values: Partial<CreateAgreement> = {}): CreateAgreement => ({
    amount,
    signedOn: '2024-06-01',
    purpose: 'Réhabilitation thermique 2024',
    schedule: [
      { kind: 'advance', label: 'Avance de 30 %', amount: advance, requiredDocuments: ['Ordre de service'] },
      { kind: 'balance', label: 'Solde', amount: amount - advance, requiredDocuments: ['Décompte général définitif'] },
    ],
    ...values,
  });
  const overview = (who: Principal = coordinator, today?: string) =>
    getFinanceOverview(engine.db, who, conventionId, today);

  beforeAll(async () => {
    await runSeed(engine.db, 'reference');
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    coordinator = await createTestUser(engine.db, {
      roles: ['coordinator'],
      organisationId: departmentId,
      displayName: 'Coordinatrice DAT',
    });
    officeAgent = await createTestUser(engine.db, {
      roles: ['office_agent'],
      organisationId: officeId,
      displayName: 'Agent de l’office',
    });
    officeManager = await createTestUser(engine.db, {
      roles: ['office_manager'],
      organisationId: officeId,
      displayName: 'Directeur de l’office',
    });
    admin = await createTestUser(engine.db, { roles: ['admin'] });
    controller = await createTestUser(engine.db, {
      roles: ['controller', 'coordinator'],
      organisationId: departmentId,
    });
    outsider = await createTestUser(engine.db, { roles: ['office_manager', 'office_agent'], organisationId: other.id });
    const envelopes = await financeRepo.listEnvelopes(engine.db, conventionId);
    investmentId = envelopes.find((x) => x.kind === 'investment')!.id;
    operatingId = envelopes.find((x) => x.kind === 'operating')!.id;
    const allocations = await financeRepo.listAllocations(engine.db, [investmentId, operatingId]);
    investment2024 = allocations.find((a) => a.envelope_id === investmentId && a.year === 2024)!.id;
    operating2024 = allocations.find((a) => a.envelope_id === operatingId && a.year === 2024)!.id;
    auditBefore = await auditCounts();
  });

  it('as of December 2026 with no 2025 or 2026 allocation: the pace over 2027–2033, behind schedule', async () => {
    const operating = (await overview(coordinator, '2026-12-07')).envelopes.find((x) => x.kind === 'operating')!;
    expect(operating.forecast).toEqual({
      remainingYears: [2027, 2028, 2029, 2030, 2031, 2032, 2033],
      missedYears: [2025, 2026],
      requiredPace: '6428571.43',
      currentPace: '1666666.67',
      projectedExhaustionYear: 2053,
      onTrack: false,
    });
  });

  it('shows the seed: 96 M€ and 45 M€ left, the paces needed, two alerts for 2024 not committed', async () => {
    const view = await overview(coordinator, '2025-01-01');
    expect(
      view.envelopes.map((x) => ({ kind: x.kind, amount: x.amount, totals: x.totals, forecast: x.forecast })),
    ).toEqual([
      {
        kind: 'investment',
        amount: '100000000.00',
        totals: {
          allocated: '4000000.00',
          committed: '0.00',
          requested: '0.00',
          paid: '0.00',
          reimbursed: '0.00',
          leftToAllocate: '96000000.00',
          leftToPay: '100000000.00',
        },
        forecast: {
          remainingYears: [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033],
          missedYears: [],
          requiredPace: '10666666.67',
          currentPace: '4000000.00',
          projectedExhaustionYear: 2048,
          onTrack: false,
        },
      },
      {
        kind: 'operating',
        amount: '50000000.00',
        totals: {
          allocated: '5000000.00',
          committed: '0.00',
          requested: '0.00',
          paid: '0.00',
          reimbursed: '0.00',
          leftToAllocate: '45000000.00',
          leftToPay: '50000000.00',
        },
        forecast: {
          remainingYears: [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033],
          missedYears: [],
          requiredPace: '5000000.00',
          currentPace: '5000000.00',
          projectedExhaustionYear: 2033,
          onTrack: true,
        },
      },
    ]);
    expect(view.envelopes[0]!.byYear).toHaveLength(10);
    expect(view.lapseAlerts).toEqual([
      {
        kind: 'allocation_not_committed',
        message: `Délibération d'application 2024 : 4${NNBSP}000${NNBSP}000,00\u00a0€ non engagés par une convention financière au 31/12/2024.`,
        link: expect.stringMatching(/^\/conventions\/.+\/finances\/allocations\/.+\/convention-financiere$/),
      },
      {
        kind: 'allocation_not_committed',
        message: `Délibération d'application 2024 : 5${NNBSP}000${NNBSP}000,00\u00a0€ non engagés par une convention financière au 31/12/2024.`,
        link: expect.stringMatching(/^\/conventions\/.+\/finances\/allocations\/.+\/convention-financiere$/),
      },
    ]);
    expect(view.can).toEqual({ manage: true, setUp: true, request: false });
    expect((await overview(officeAgent)).can).toEqual({ manage: false, setUp: false, request: true });
    expect((await overview(controller)).can).toEqual({ manage: false, setUp: false, request: false });
  });

  it('records an allocation within the ceiling, audited; refuses over it, a duplicate year, a year outside the period', async () => {
    const { id } = await audited(
      'allocation',
      createAllocation(engine.db, coordinator, investmentId, allocation(2025, 10_000_000_00n)),
    );
    const events = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action', 'actor_user_id'])
      .where('entity_id', '=', id)
      .execute();
    expect(events).toEqual([{ entity_type: 'allocation', action: 'create', actor_user_id: coordinator.id }]);
    expect((await overview()).envelopes[0]!.totals.leftToAllocate).toBe('86000000.00');

    const [allocations, events0] = [await count('allocations'), await auditCounts()];
    const over = await refused(
      createAllocation(engine.db, coordinator, investmentId, allocation(2026, 86_000_000_01n)),
      'INVARIANT_VIOLATED',
    );
    expect(over.message).toBe(
      `Montant refusé : l'enveloppe est de 100${NNBSP}000${NNBSP}000,00\u00a0€, dont 14${NNBSP}000${NNBSP}000,00\u00a0€ déjà alloués ; il reste 86${NNBSP}000${NNBSP}000,00\u00a0€.`,
    );
    expect(over.fieldErrors.map((f) => f.field)).toEqual(['amount']);
    expect(
      await refused(createAllocation(engine.db, coordinator, investmentId, allocation(2025, 1_00n)), 'CONFLICT'),
    ).toMatchObject({ fieldErrors: [{ field: 'year' }] });
    for (const year of [2023, 2034])
      expect(
        (
          await refused(
            createAllocation(engine.db, coordinator, investmentId, allocation(year, 1_00n)),
            'VALIDATION_FAILED',
          )
        ).message,
      ).toContain('2024–2033');
    expect([await count('allocations'), await auditCounts()]).toEqual([allocations, events0]);

    await audited('allocation', createAllocation(engine.db, admin, operatingId, allocation(2025, 5_000_000_00n)));
    await refused(createAllocation(engine.db, officeManager, investmentId, allocation(2026, 1_00n)), 'FORBIDDEN');
  });

  it('revises an envelope from its effective date, never below what is allocated', async () => {
    const below = await refused(
      reviseEnvelope(engine.db, coordinator, operatingId, {
        effectiveOn: '2026-01-01',
        amount: 9_999_999_99n,
        deliberationRef: 'CD 2026-01',
        deliberationDate: '2025-12-15',
      }),
      'INVARIANT_VIOLATED',
    );
    expect(below.message).toContain(`10${NNBSP}000${NNBSP}000,00\u00a0€`);
    const today = todayInParis();
    await audited(
      'envelope',
      reviseEnvelope(engine.db, coordinator, operatingId, {
        effectiveOn: today,
        amount: 60_000_000_00n,
        deliberationRef: 'CD A',
        deliberationDate: today,
        reason: 'Hausse',
      }),
    );
    await audited(
      'envelope',
      reviseEnvelope(engine.db, admin, operatingId, {
        effectiveOn: '2033-01-01',
        amount: 40_000_000_00n,
        deliberationRef: 'CD B',
        deliberationDate: '2032-12-01',
      }),
    );
    const operating = (await overview()).envelopes[1]!;
    expect({
      initial: operating.initialAmount,
      amount: operating.amount,
      left: operating.totals.leftToAllocate,
      revisions: operating.revisions.length,
    }).toEqual({
      initial: '50000000.00',
      amount: '60000000.00',
      left: '50000000.00',
      revisions: 2,
    });
    // A vote dated after the second revision is held to the envelope as revised then (40 M€).
    const late = await refused(
      createAllocation(engine.db, coordinator, operatingId, allocation(2033, 30_000_000_01n, '2033-01-15')),
      'INVARIANT_VIOLATED',
    );
    expect(late.message).toContain(`l'enveloppe est de 40${NNBSP}000${NNBSP}000,00\u00a0€`);
    await refused(
      reviseEnvelope(engine.db, officeAgent, operatingId, {
        effectiveOn: today,
        amount: 70_000_000_00n,
        deliberationRef: 'x',
        deliberationDate: today,
      }),
      'FORBIDDEN',
    );
  });

  it('establishes the 2024 investment agreement, 4 M€ with a 30 %/70 % schedule; refuses the wrong ones', async () => {
    const body = agreementBody(4_000_000_00n, 1_200_000_00n);
    await refused(createAgreement(engine.db, officeManager, investment2024, body), 'FORBIDDEN');
    await refused(createAgreement(engine.db, admin, investment2024, body), 'FORBIDDEN');
    const agreement = await audited('funding_agreement', createAgreement(engine.db, coordinator, investment2024, body));
    agreementId = agreement.id;
    expect(agreement).toMatchObject({
      envelopeKind: 'investment',
      year: 2024,
      amount: '4000000.00',
      allocationAmount: '4000000.00',
      signedOn: '2024-06-01',
    });
    expect(agreement.schedule.map((l) => [l.kind, l.amount, l.requiredDocuments])).toEqual([
      ['advance', '1200000.00', ['Ordre de service']],
      ['balance', '2800000.00', ['Décompte général définitif']],
    ]);
    [advanceLineId, balanceLineId] = agreement.schedule.map((l) => l.id) as [string, string];
    expect(agreement.totals).toEqual({ requested: '0.00', paid: '0.00', reimbursed: '0.00', left: '4000000.00' });

    const agreements = await count('funding_agreements');
    expect(
      (
        await refused(
          createAgreement(engine.db, coordinator, operating2024, agreementBody(5_000_000_01n, 1_00n)),
          'INVARIANT_VIOLATED',
        )
      ).message,
    ).toContain("dépasse la délibération d'application 2024");
    const unbalanced = agreementBody(5_000_000_00n, 1_500_000_00n);
    unbalanced.schedule[1]!.amount -= 1n;
    expect(
      await refused(createAgreement(engine.db, coordinator, operating2024, unbalanced), 'INVARIANT_VIOLATED'),
    ).toMatchObject({ fieldErrors: [{ field: 'schedule' }] });
    await refused(createAgreement(engine.db, coordinator, investment2024, body), 'CONFLICT');
    expect(await count('funding_agreements')).toBe(agreements);
    const alerts = (await overview()).lapseAlerts;
    expect(alerts.filter((a) => a.message.startsWith("Délibération d'application 2024")).map((a) => a.message)).toEqual(
      [expect.stringContaining(`5${NNBSP}000${NNBSP}000,00\u00a0€`)],
    );
    expect(alerts.filter((a) => a.kind === 'agreement_without_request')).toEqual([
      {
        kind: 'agreement_without_request',
        message: 'Convention financière signée le 01/06/2024 sans demande de versement depuis plus de 6 mois.',
        link: `/conventions-financieres/${agreementId}`,
      },
    ]);
  });

  it('runs a request through draft → submitted → returned → submitted → approved → paid, each step attributed', async () => {
    await refused(
      createRequest(engine.db, coordinator, agreementId, { scheduleLineId: advanceLineId, amount: 1_200_000_00n }),
      'FORBIDDEN',
    );
    const draft = await audited(
      'payment_request',
      createRequest(engine.db, officeAgent, agreementId, {
        scheduleLineId: advanceLineId,
        amount: 1_200_000_00n,
        description: 'Avance',
      }),
    );
    paidRequestId = draft.id;
    expect(draft).toMatchObject({
      status: 'draft',
      amount: '1200000.00',
      missingDocuments: ['Ordre de service'],
      can: { edit: true, actions: [], pay: false },
    });
    // The agent drafts; the office's manager alone submits (DESIGN §1).
    expect((await getRequest(engine.db, officeManager, draft.id)).can.actions).toEqual(['submit']);
    await refused(transition(engine.db, coordinator, draft.id, 'submit', null), 'FORBIDDEN');
    await refused(transition(engine.db, officeAgent, draft.id, 'submit', null), 'FORBIDDEN');
    await audited('payment_request', transition(engine.db, officeManager, draft.id, 'submit', null));
    const missing = await refused(transition(engine.db, coordinator, draft.id, 'approve', null), 'INVARIANT_VIOLATED');
    expect({ message: missing.message, extra: missing.extra }).toEqual({
      message: 'Validation impossible : pièces exigées manquantes (Ordre de service).',
      extra: { missingDocuments: ['Ordre de service'] },
    });
    expect(
      await refused(transition(engine.db, coordinator, draft.id, 'return', '  '), 'VALIDATION_FAILED'),
    ).toMatchObject({ fieldErrors: [{ field: 'comment' }] });
    await refused(transition(engine.db, officeManager, draft.id, 'approve', null), 'FORBIDDEN');
    await refused(
      attachDocument(engine.db, officeAgent, draft.id, {
        documentId: '00000000-0000-4000-8000-000000000000',
        requirement: 'Ordre de service',
      }),
      'CONFLICT',
    );
    expect(
      (
        await audited(
          'payment_request',
          transition(engine.db, coordinator, draft.id, 'return', 'Joindre l’ordre de service'),
        )
      ).status,
    ).toBe('returned');

    const document = await insertDocument(engine.db, {
      filename: 'os.pdf',
      contentType: 'application/pdf',
      bytes: Buffer.from('%PDF-1.4\n%%EOF\n'),
      conventionId,
      organisationId: officeId,
      uploadedBy: officeAgent.id,
    });
    await refused(
      attachDocument(engine.db, officeAgent, draft.id, {
        documentId: '00000000-0000-4000-8000-000000000000',
        requirement: 'Ordre de service',
      }),
      'VALIDATION_FAILED',
    );
    const attached = await audited(
      'payment_request',
      attachDocument(engine.db, officeAgent, draft.id, { documentId: document.id, requirement: 'Ordre de service' }),
    );
    expect(attached).toMatchObject({
      documents: [{ id: document.id, filename: 'os.pdf', requirement: 'Ordre de service' }],
      missingDocuments: [],
    });
    await audited('payment_request', transition(engine.db, officeManager, draft.id, 'submit', null));
    expect(
      (await audited('payment_request', transition(engine.db, coordinator, draft.id, 'approve', null))).can,
    ).toEqual({ edit: false, actions: [], pay: true });
    await refused(
      pay(engine.db, officeManager, draft.id, { mandateNumber: 'M-1', mandateDate: '2024-09-01' }),
      'FORBIDDEN',
    );
    const paid = await audited(
      'payment',
      pay(engine.db, coordinator, draft.id, { mandateNumber: 'M-2024-0042', mandateDate: '2024-09-01' }),
    );
    expect(paid).toMatchObject({
      status: 'paid',
      payment: { mandateNumber: 'M-2024-0042', mandateDate: '2024-09-01', amount: '1200000.00' },
    });
    expect(paid.timeline.map((t) => [t.fromStatus, t.toStatus, t.actor, t.comment])).toEqual([
      [null, 'draft', 'Agent de l’office', null],
      ['draft', 'submitted', 'Directeur de l’office', null],
      ['submitted', 'returned', 'Coordinatrice DAT', 'Joindre l’ordre de service'],
      ['returned', 'submitted', 'Directeur de l’office', null],
      ['submitted', 'approved', 'Coordinatrice DAT', null],
      ['approved', 'paid', 'Coordinatrice DAT', 'Mandat M-2024-0042 du 01/09/2024'],
    ]);
    expect(
      await engine.db
        .selectFrom('payments')
        .select(['amount_cents', 'created_by'])
        .where('request_id', '=', draft.id)
        .execute(),
    ).toEqual([{ amount_cents: 1_200_000_00n, created_by: coordinator.id }]);
    expect(
      (
        await refused(
          pay(engine.db, coordinator, draft.id, { mandateNumber: 'M-bis', mandateDate: '2024-09-02' }),
          'INVARIANT_VIOLATED',
        )
      ).message,
    ).toContain('demande validée');
    await refused(transition(engine.db, coordinator, draft.id, 'approve', null), 'CONFLICT');
    expect(await count('payments')).toBe(1);
  });

  it('keeps Σ requests on a line within it (a rejected one frees its amount) and Σ payments within the agreement', async () => {
    const ask = (line: string, amount: bigint) =>
      createRequest(engine.db, officeAgent, agreementId, { scheduleLineId: line, amount });
    expect((await refused(ask(advanceLineId, 1n), 'INVARIANT_VIOLATED')).message).toContain('il reste 0,00\u00a0€');
    await refused(ask(balanceLineId, 2_800_000_01n), 'INVARIANT_VIOLATED');
    const first = await audited('payment_request', ask(balanceLineId, 2_000_000_00n));
    expect((await refused(ask(balanceLineId, 800_000_01n), 'INVARIANT_VIOLATED')).message).toContain(
      `il reste 800${NNBSP}000,00\u00a0€`,
    );
    await audited('payment_request', transition(engine.db, officeManager, first.id, 'submit', null));
    await refused(transition(engine.db, coordinator, first.id, 'reject', null), 'VALIDATION_FAILED');
    expect(
      (await audited('payment_request', transition(engine.db, coordinator, first.id, 'reject', 'Hors délai'))).status,
    ).toBe('rejected');
    const balance = await audited('payment_request', ask(balanceLineId, 2_800_000_00n));
    const dgd = await insertDocument(engine.db, {
      filename: 'dgd.pdf',
      contentType: 'application/pdf',
      bytes: Buffer.from('%PDF-1.4\n%dgd\n'),
      conventionId,
      organisationId: officeId,
      uploadedBy: officeAgent.id,
    });
    await audited(
      'payment_request',
      attachDocument(engine.db, officeAgent, balance.id, {
        documentId: dgd.id,
        requirement: 'Décompte général définitif',
      }),
    );
    await audited('payment_request', transition(engine.db, officeManager, balance.id, 'submit', null));
    await audited('payment_request', transition(engine.db, coordinator, balance.id, 'approve', null));
    await audited(
      'payment',
      pay(engine.db, coordinator, balance.id, { mandateNumber: 'M-2025-0007', mandateDate: '2025-03-01' }),
    );
    expect((await getAgreement(engine.db, officeAgent, agreementId)).totals).toEqual({
      requested: '4000000.00',
      paid: '4000000.00',
      reimbursed: '0.00',
      left: '0.00',
    });

    // A request approved outside the line check (history taken over, say) still cannot be paid beyond the agreement.
    const now = new Date();
    const extra = await requestsRepo.insertRequest(engine.db, {
      funding_agreement_id: agreementId,
      schedule_line_id: balanceLineId,
      amount_cents: 1n,
      status: 'approved',
      description: null,
      created_by: officeAgent.id,
      created_at: now,
      submitted_at: now,
      updated_at: now,
    });
    const over = await refused(
      pay(engine.db, coordinator, extra.id, { mandateNumber: 'M-X', mandateDate: '2025-04-01' }),
      'INVARIANT_VIOLATED',
    );
    expect(over.message).toBe(
      `Versement refusé : la convention est de 4${NNBSP}000${NNBSP}000,00\u00a0€, dont 4${NNBSP}000${NNBSP}000,00\u00a0€ déjà versés ; il reste 0,00\u00a0€.`,
    );
    expect((await getRequest(engine.db, coordinator, extra.id)).status).toBe('approved');
    expect((await listRequests(engine.db, coordinator, conventionId, 'paid')).map((r) => r.amount).sort()).toEqual([
      '1200000.00',
      '2800000.00',
    ]);
  });

  it('reimburses at most what was paid net of earlier reimbursements; affects at most the agreement', async () => {
    const reimburse = (amount: bigint, who: Principal = coordinator) =>
      addReimbursement(engine.db, who, agreementId, {
        amount,
        reason: 'Travaux non justifiés',
        revenueOrderNumber: `T-${amount}`,
        issuedOn: '2025-06-01',
      });
    await audited('reimbursement', reimburse(1_000_000_00n));
    expect((await refused(reimburse(3_000_000_01n), 'INVARIANT_VIOLATED')).message).toContain(
      `au plus 3${NNBSP}000${NNBSP}000,00\u00a0€`,
    );
    expect((await audited('reimbursement', reimburse(3_000_000_00n))).totals.reimbursed).toBe('4000000.00');
    await refused(reimburse(1n), 'INVARIANT_VIOLATED');
    await refused(reimburse(1n, officeManager), 'FORBIDDEN');

    const affect = (amount: bigint, who: Principal = coordinator) =>
      addAffectation(engine.db, who, agreementId, { operationLabel: `Résidence ${amount}`, amount });
    await audited('affectation', affect(3_000_000_00n));
    await refused(affect(1_000_000_01n), 'INVARIANT_VIOLATED');
    expect((await audited('affectation', affect(1_000_000_00n))).affectations.map((a) => a.amount)).toEqual([
      '3000000.00',
      '1000000.00',
    ]);
    await refused(affect(1n), 'INVARIANT_VIOLATED');
    await refused(affect(1n, officeAgent), 'FORBIDDEN');
  });

  it('a controller reads but may do nothing; another landlord sees nothing', async () => {
    const today = todayInParis();
    const writes = (who: Principal) => [
      () => createAllocation(engine.db, who, investmentId, allocation(2027, 1_00n)),
      () =>
        reviseEnvelope(engine.db, who, investmentId, {
          effectiveOn: today,
          amount: 200_000_000_00n,
          deliberationRef: 'x',
          deliberationDate: today,
        }),
      () => createAgreement(engine.db, who, operating2024, agreementBody(1_000_00n, 300_00n)),
      () => createRequest(engine.db, who, agreementId, { scheduleLineId: balanceLineId, amount: 1n }),
      () => transition(engine.db, who, paidRequestId, 'submit', null),
      () => transition(engine.db, who, paidRequestId, 'reject', 'Non'),
      () => pay(engine.db, who, paidRequestId, { mandateNumber: 'M', mandateDate: today }),
      () =>
        attachDocument(engine.db, who, paidRequestId, {
          documentId: '00000000-0000-4000-8000-000000000000',
          requirement: 'x',
        }),
      () => addAffectation(engine.db, who, agreementId, { operationLabel: 'x', amount: 1n }),
      () =>
        addReimbursement(engine.db, who, agreementId, {
          amount: 1n,
          reason: 'x',
          revenueOrderNumber: 'x',
          issuedOn: today,
        }),
      () =>
        createGuarantee(engine.db, who, conventionId, {
          lender: 'Banque',
          contractNumber: 'C1',
          loanAmount: 1_00n,
          guaranteedShare: '50.00',
        }),
    ];
    for (const attempt of writes(controller)) await refused(attempt(), 'FORBIDDEN');
    expect((await getAgreement(engine.db, controller, agreementId)).amount).toBe('4000000.00');
    const reads = [
      () => overview(outsider),
      () => getAgreement(engine.db, outsider, agreementId),
      () => getRequest(engine.db, outsider, paidRequestId),
      () => listRequests(engine.db, outsider, conventionId),
      () => getGuarantees(engine.db, outsider, conventionId),
    ];
    for (const attempt of [...reads, ...writes(outsider)]) await refused(attempt(), 'NOT_FOUND');
  });

  it('left exactly one audit event per accepted write, by entity type', async () => {
    const after = await auditCounts();
    const delta = Object.fromEntries(
      Object.keys(after)
        .map((k) => [k, after[k]! - (auditBefore[k] ?? 0)])
        .filter(([, n]) => n !== 0),
    );
    expect(delta).toEqual(expected);
    expect(expected).toEqual({
      allocation: 2,
      envelope: 2,
      funding_agreement: 1,
      payment_request: 13,
      payment: 2,
      reimbursement: 2,
      affectation: 2,
    });
  });
});
