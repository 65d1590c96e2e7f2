import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../../../contracts/dates';
import type { AgreementView, FinanceOverview, GuaranteesOverview, RequestView } from '../../../contracts/finance';
import { centsToEuros } from '../../../contracts/money';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { forecastEnvelope } from './forecast.rules';

const NNBSP = '\u202f';
const UNKNOWN = '00000000-0000-4000-8000-00000000f00d';

/** The finance chain through HTTP: overview, allocations, agreements, requests, documents, payments, guarantees. */
describeEachEngine('finance API', (engine) => {
  let built: TestApp;
  let coordinator: LoggedIn, officeAgent: LoggedIn, officeManager: LoggedIn, controller: LoggedIn, outsider: LoggedIn;
  let conventionId: string, investmentId: string, operatingId: string, investment2024: string;
  let agreement: AgreementView;
  let requestId: string;
  const seen: InjectResponse[] = [];

  const call = async (promise: Promise<InjectResponse>) => {
    const response = await promise;
    seen.push(response);
    return response;
  };
  const ok = async <T>(promise: Promise<InjectResponse>, status: number): Promise<T> => {
    const response = await call(promise);
    expect({ status: response.statusCode, body: response.statusCode === status ? null : response.body }).toEqual({
      status,
      body: null,
    });
    return (response.body ? response.json() : null) as T;
  };
  const problem = async (promise: Promise<InjectResponse>, status: number, code: string) =>
    expectProblem(await call(promise), status, code);
  const allocationBody = (year: number, amount: unknown) => ({
    year,
    amount,
    deliberationBody: 'Commission permanente',
    deliberationDate: `${year}-02-12`,
  });
  const agreementBody = (amount = '4000000.00', advance = '1200000.00', balance = '2800000.00') => ({
    amount,
    signedOn: '2024-06-01',
    purpose: 'Réhabilitation thermique 2024',
    schedule: [
      { kind: 'advance', label: 'Avance de 30 %', amount: advance, requiredDocuments: ['Ordre de service'] },
      { kind: 'balance', label: 'Solde', amount: balance, requiredDocuments: [] },
    ],
  });
  const upload = (who: LoggedIn, filename: string, bytes: Buffer, options: { csrf?: boolean } = {}) => {
    const boundary = `----copil${randomBytes(8).toString('hex')}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return call(
      who.inject('POST', `/api/conventions/${conventionId}/documents`, payload, {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        ...options,
      }),
    );
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    coordinator = await login(['coordinator'], departmentId);
    controller = await login(['controller'], departmentId);
    officeAgent = await login(['office_agent'], officeId);
    officeManager = await login(['office_manager'], officeId);
    outsider = await login(['office_manager', 'office_agent'], other.id);
    const list = (await call(officeAgent.inject('GET', '/api/conventions'))).json<
      { id: string; periodStart: string }[]
    >();
    conventionId = list.find((c) => c.periodStart === '2024-01-01')!.id;
  });
  afterAll(async () => built?.close());

  it('GET /api/conventions/:id/finance gives the envelopes, their forecast and what the user may do', async () => {
    const view = await ok<FinanceOverview>(officeAgent.inject('GET', `/api/conventions/${conventionId}/finance`), 200);
    // The pace needed over the years that remain today (forecast.rules, as of today in Paris).
    const pace = (millions: bigint, allocated: bigint) =>
      centsToEuros(
        forecastEnvelope({
          amountCents: millions * 100_000_000n,
          periodStart: '2024-01-01',
          periodEnd: '2033-12-31',
          allocations: [{ year: 2024, amountCents: allocated * 100_000_000n }],
          asOf: todayInParis(),
        }).requiredPaceCents!,
      );
    expect(view.envelopes.map((x) => [x.kind, x.amount, x.totals.leftToAllocate, x.forecast.requiredPace])).toEqual([
      ['investment', '100000000.00', '96000000.00', pace(100n, 4n)],
      ['operating', '50000000.00', '45000000.00', pace(50n, 5n)],
    ]);
    expect(view.can).toEqual({ manage: false, setUp: false, request: true });
    [investmentId, operatingId] = view.envelopes.map((x) => x.id) as [string, string];
    investment2024 = view.envelopes[0]!.allocations.find((a) => a.year === 2024)!.id;
    expect(
      (await ok<FinanceOverview>(coordinator.inject('GET', `/api/conventions/${conventionId}/finance`), 200)).can,
    ).toEqual({ manage: true, setUp: true, request: false });
    await problem(outsider.inject('GET', `/api/conventions/${conventionId}/finance`), 404, 'NOT_FOUND');
    await problem(coordinator.inject('GET', `/api/conventions/${UNKNOWN}/finance`), 404, 'NOT_FOUND');
    await problem(coordinator.inject('GET', '/api/conventions/pas-un-id/finance'), 400, 'VALIDATION_FAILED');
  });

  it('POST /api/envelopes/:id/allocations: 400 on malformed amounts, 422 over the ceiling, 201, 403, 404', async () => {
    const url = `/api/envelopes/${investmentId}/allocations`;
    for (const amount of ['4 000 000', '4000000,00', '-1', '1.234', '0', 4000000]) {
      const body = await problem(
        coordinator.inject('POST', url, allocationBody(2025, amount)),
        400,
        'VALIDATION_FAILED',
      );
      expect(body.errors).toEqual([
        { field: 'amount', message: expect.stringMatching(/^Montant : (montant|le montant)/) },
      ]);
    }
    const over = await problem(
      coordinator.inject('POST', url, allocationBody(2025, '96000000.01')),
      422,
      'INVARIANT_VIOLATED',
    );
    expect(over.detail).toBe(
      `Montant refusé : l'enveloppe est de 100${NNBSP}000${NNBSP}000,00\u00a0€, dont 4${NNBSP}000${NNBSP}000,00\u00a0€ déjà alloués ; il reste 96${NNBSP}000${NNBSP}000,00\u00a0€.`,
    );
    expect(over.errors).toEqual([{ field: 'amount', message: over.detail }]);
    expect(await ok(coordinator.inject('POST', url, allocationBody(2025, '10000000.00')), 201)).toEqual({
      id: expect.any(String),
      warning: null,
    });
    await problem(coordinator.inject('POST', url, allocationBody(2025, '1.00')), 409, 'CONFLICT');
    expect(
      (await problem(coordinator.inject('POST', url, allocationBody(2034, '1.00')), 400, 'VALIDATION_FAILED')).errors,
    ).toEqual([{ field: 'year', message: expect.any(String) }]);
    await problem(officeManager.inject('POST', url, allocationBody(2026, '1.00')), 403, 'FORBIDDEN');
    await problem(controller.inject('POST', url, allocationBody(2026, '1.00')), 403, 'FORBIDDEN');
    await problem(
      coordinator.inject('POST', url, allocationBody(2026, '1.00'), { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    await problem(outsider.inject('POST', url, allocationBody(2026, '1.00')), 404, 'NOT_FOUND');
    await problem(
      coordinator.inject('POST', `/api/envelopes/${UNKNOWN}/allocations`, allocationBody(2026, '1.00')),
      404,
      'NOT_FOUND',
    );
    const revision = {
      effectiveOn: '2026-01-01',
      amount: '4999999.99',
      deliberationRef: 'CD',
      deliberationDate: '2025-12-01',
    };
    expect(
      (
        await problem(
          coordinator.inject('POST', `/api/envelopes/${operatingId}/revisions`, revision),
          422,
          'INVARIANT_VIOLATED',
        )
      ).errors![0]!.field,
    ).toBe('amount');
  });

  it('POST /api/allocations/:id/funding-agreement: 201 with the schedule; 422, 409, 403, 404', async () => {
    const url = `/api/allocations/${investment2024}/funding-agreement`;
    await problem(officeManager.inject('POST', url, agreementBody()), 403, 'FORBIDDEN');
    const uneven = await problem(
      coordinator.inject('POST', url, agreementBody('4000000.00', '1200000.00', '2799999.99')),
      422,
      'INVARIANT_VIOLATED',
    );
    expect(uneven.errors).toEqual([
      { field: 'schedule', message: expect.stringContaining(`3${NNBSP}999${NNBSP}999,99\u00a0€`) },
    ]);
    expect(
      (
        await problem(
          coordinator.inject('POST', url, agreementBody('4000000.01', '1200000.00', '2800000.01')),
          422,
          'INVARIANT_VIOLATED',
        )
      ).detail,
    ).toContain('dépasse');
    expect(
      (
        await problem(coordinator.inject('POST', url, agreementBody('4 000 000')), 400, 'VALIDATION_FAILED')
      ).errors!.map((e) => e.field),
    ).toEqual(['amount']);
    expect(
      (
        await problem(coordinator.inject('POST', url, { ...agreementBody(), schedule: [] }), 400, 'VALIDATION_FAILED')
      ).errors!.map((e) => e.field),
    ).toEqual(['schedule']);
    agreement = await ok<AgreementView>(coordinator.inject('POST', url, agreementBody()), 201);
    expect(agreement).toMatchObject({
      amount: '4000000.00',
      year: 2024,
      envelopeKind: 'investment',
      totals: { left: '4000000.00' },
    });
    expect(agreement.schedule.map((l) => [l.kind, l.amount])).toEqual([
      ['advance', '1200000.00'],
      ['balance', '2800000.00'],
    ]);
    await problem(coordinator.inject('POST', url, agreementBody()), 409, 'CONFLICT');
    await problem(
      coordinator.inject('POST', `/api/allocations/${UNKNOWN}/funding-agreement`, agreementBody()),
      404,
      'NOT_FOUND',
    );
    await problem(outsider.inject('GET', `/api/funding-agreements/${agreement.id}`), 404, 'NOT_FOUND');
    expect(
      (
        await ok<AgreementView[]>(officeAgent.inject('GET', `/api/conventions/${conventionId}/funding-agreements`), 200)
      ).map((g) => g.id),
    ).toEqual([agreement.id]);
  });

  it('a payment request, its document, its transitions and its payment: 201/200; wrong side 403; 404; 400', async () => {
    const url = `/api/funding-agreements/${agreement.id}/payment-requests`;
    const advance = agreement.schedule[0]!.id;
    await problem(coordinator.inject('POST', url, { scheduleLineId: advance, amount: '1200000.00' }), 403, 'FORBIDDEN');
    await problem(outsider.inject('POST', url, { scheduleLineId: advance, amount: '1200000.00' }), 404, 'NOT_FOUND');
    expect(
      (
        await problem(
          officeAgent.inject('POST', url, { scheduleLineId: advance, amount: '1200000,00' }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors,
    ).toEqual([{ field: 'amount', message: expect.stringMatching(/^Montant demandé : /) }]);
    expect(
      (
        await problem(
          officeAgent.inject('POST', url, { scheduleLineId: advance, amount: '1200000.01' }),
          422,
          'INVARIANT_VIOLATED',
        )
      ).detail,
    ).toContain('Avance de 30 %');
    await problem(
      officeAgent.inject('POST', url, { scheduleLineId: advance, amount: '100.00' }, { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    const draft = await ok<RequestView>(
      officeAgent.inject('POST', url, { scheduleLineId: advance, amount: '1200000.00', description: 'Avance' }),
      201,
    );
    requestId = draft.id;
    expect(draft).toMatchObject({ status: 'draft', missingDocuments: ['Ordre de service'], can: { actions: [] } });

    const transitions = `/api/payment-requests/${requestId}/transitions`;
    await problem(coordinator.inject('POST', transitions, { action: 'submit' }), 403, 'FORBIDDEN');
    expect(
      (await problem(officeAgent.inject('POST', transitions, { action: 'pay' }), 400, 'VALIDATION_FAILED')).errors!.map(
        (e) => e.field,
      ),
    ).toEqual(['action']);
    // The agent drafts; the office's manager alone submits (DESIGN §1).
    expect(
      (await problem(officeAgent.inject('POST', transitions, { action: 'submit' }), 403, 'FORBIDDEN')).detail,
    ).toBe("Seul le responsable de l'office transmet ses demandes.");
    await ok(officeManager.inject('POST', transitions, { action: 'submit' }), 200);
    const missing = await problem(
      coordinator.inject('POST', transitions, { action: 'approve' }),
      422,
      'INVARIANT_VIOLATED',
    );
    expect({ detail: missing.detail, missing: missing.missingDocuments }).toEqual({
      detail: expect.stringContaining('Ordre de service'),
      missing: ['Ordre de service'],
    });
    expect(
      (
        await problem(coordinator.inject('POST', transitions, { action: 'return' }), 400, 'VALIDATION_FAILED')
      ).errors!.map((e) => e.field),
    ).toEqual(['comment']);
    expect(
      (
        await ok<RequestView>(
          coordinator.inject('POST', transitions, { action: 'return', comment: 'Ordre de service manquant' }),
          200,
        )
      ).status,
    ).toBe('returned');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
    const document = await ok<{ id: string }>(upload(officeAgent, 'ordre de service.pdf', pdf), 201);
    const attach = `/api/payment-requests/${requestId}/documents`;
    await problem(
      officeAgent.inject('POST', attach, { documentId: document.id, requirement: 'Ordre de service' }, { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    await problem(
      coordinator.inject('POST', attach, { documentId: document.id, requirement: 'Ordre de service' }),
      403,
      'FORBIDDEN',
    );
    expect(
      (
        await problem(
          officeAgent.inject('POST', attach, { documentId: UNKNOWN, requirement: 'Ordre de service' }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors!.map((e) => e.field),
    ).toEqual(['documentId']);
    const attached = await ok<RequestView>(
      officeAgent.inject('POST', attach, { documentId: document.id, requirement: 'Ordre de service' }),
      200,
    );
    expect(attached).toMatchObject({
      documents: [{ id: document.id, filename: 'ordre de service.pdf', requirement: 'Ordre de service' }],
      missingDocuments: [],
    });
    await ok(officeManager.inject('POST', transitions, { action: 'submit' }), 200);
    await problem(officeManager.inject('POST', transitions, { action: 'approve' }), 403, 'FORBIDDEN');
    await problem(controller.inject('POST', transitions, { action: 'approve' }), 403, 'FORBIDDEN');
    expect((await ok<RequestView>(coordinator.inject('POST', transitions, { action: 'approve' }), 200)).can.pay).toBe(
      true,
    );
    await problem(coordinator.inject('POST', transitions, { action: 'approve' }), 409, 'CONFLICT');

    const payment = `/api/payment-requests/${requestId}/payment`;
    await problem(
      officeManager.inject('POST', payment, { mandateNumber: 'M-1', mandateDate: '2024-09-01' }),
      403,
      'FORBIDDEN',
    );
    expect(
      (
        await problem(
          coordinator.inject('POST', payment, { mandateNumber: 'M-1', mandateDate: '2024-09-31' }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors!.map((e) => e.field),
    ).toEqual(['mandateDate']);
    const paid = await ok<RequestView>(
      coordinator.inject('POST', payment, { mandateNumber: 'M-2024-0042', mandateDate: '2024-09-01' }),
      200,
    );
    expect(paid).toMatchObject({ status: 'paid', payment: { mandateNumber: 'M-2024-0042', amount: '1200000.00' } });
    expect(paid.timeline.map((t) => t.toStatus)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'approved',
      'paid',
    ]);
    await problem(
      coordinator.inject('POST', payment, { mandateNumber: 'M-bis', mandateDate: '2024-09-02' }),
      422,
      'INVARIANT_VIOLATED',
    );
    await problem(
      coordinator.inject('POST', `/api/payment-requests/${UNKNOWN}/payment`, {
        mandateNumber: 'M',
        mandateDate: '2024-09-02',
      }),
      404,
      'NOT_FOUND',
    );
    await problem(outsider.inject('GET', `/api/payment-requests/${requestId}`), 404, 'NOT_FOUND');

    const queue = await ok<{ id: string; status: string }[]>(
      coordinator.inject('GET', `/api/conventions/${conventionId}/payment-requests?status=paid`),
      200,
    );
    expect(queue.map((r) => [r.id, r.status])).toEqual([[requestId, 'paid']]);
    expect(
      (await ok<AgreementView>(officeAgent.inject('GET', `/api/funding-agreements/${agreement.id}`), 200)).totals,
    ).toEqual({ requested: '1200000.00', paid: '1200000.00', reimbursed: '0.00', left: '2800000.00' });
  });

  it('affectations and reimbursements: 201 within the limits, 422 beyond, 403 for the office', async () => {
    const affect = `/api/funding-agreements/${agreement.id}/affectations`;
    expect(
      (
        await ok<AgreementView>(
          coordinator.inject('POST', affect, { operationLabel: 'Résidence Les Tilleuls', amount: '4000000.00' }),
          201,
        )
      ).affectations,
    ).toHaveLength(1);
    await problem(
      coordinator.inject('POST', affect, { operationLabel: 'Résidence Les Acacias', amount: '0.01' }),
      422,
      'INVARIANT_VIOLATED',
    );
    await problem(officeAgent.inject('POST', affect, { operationLabel: 'x', amount: '1.00' }), 403, 'FORBIDDEN');
    const reimburse = `/api/funding-agreements/${agreement.id}/reimbursements`;
    const body = (amount: string) => ({
      amount,
      reason: 'Travaux non réalisés',
      revenueOrderNumber: 'T-2025-12',
      issuedOn: '2025-06-01',
    });
    expect(
      (await problem(coordinator.inject('POST', reimburse, body('1200000.01')), 422, 'INVARIANT_VIOLATED')).detail,
    ).toContain(`au plus 1${NNBSP}200${NNBSP}000,00\u00a0€`);
    expect(
      (await ok<AgreementView>(coordinator.inject('POST', reimburse, body('200000.00')), 201)).totals.reimbursed,
    ).toBe('200000.00');
    await problem(officeManager.inject('POST', reimburse, body('1.00')), 403, 'FORBIDDEN');
  });

  it('GET /api/conventions/:id/guarantees: the reported 20 %, and the register total once a loan is recorded', async () => {
    const url = `/api/conventions/${conventionId}/guarantees`;
    const before = await ok<GuaranteesOverview>(officeAgent.inject('GET', url), 200);
    expect(before).toMatchObject({
      guarantees: [],
      registerGuaranteedOutstanding: '0.00',
      reported: {
        asOf: '2023-12-31',
        officeOutstanding: '178000000.00',
        departmentTotal: '890000000.00',
        sharePercent: '20.00',
      },
      can: { manage: false },
    });
    const loan = {
      lender: 'Banque des Territoires',
      contractNumber: 'PLS-2025-001',
      loanAmount: '1000000.00',
      guaranteedShare: '50.00',
      termYears: 40,
    };
    await problem(officeManager.inject('POST', url, loan), 403, 'FORBIDDEN');
    expect(
      (
        await problem(coordinator.inject('POST', url, { ...loan, guaranteedShare: '150' }), 400, 'VALIDATION_FAILED')
      ).errors!.map((e) => e.field),
    ).toEqual(['guaranteedShare']);
    expect(
      (
        await problem(coordinator.inject('POST', url, { ...loan, loanAmount: '1 000 000' }), 400, 'VALIDATION_FAILED')
      ).errors!.map((e) => e.field),
    ).toEqual(['loanAmount']);
    const { id } = await ok<{ id: string }>(coordinator.inject('POST', url, loan), 201);
    const balances = `/api/guarantees/${id}/balances`;
    expect(
      (
        await problem(
          coordinator.inject('PUT', balances, { asOf: '2025-12-31', outstanding: '1000000.01' }),
          400,
          'VALIDATION_FAILED',
        )
      ).errors!.map((e) => e.field),
    ).toEqual(['outstanding']);
    await problem(
      officeAgent.inject('PUT', balances, { asOf: '2025-12-31', outstanding: '800000.00' }),
      403,
      'FORBIDDEN',
    );
    const put = await call(coordinator.inject('PUT', balances, { asOf: '2025-12-31', outstanding: '800000.00' }));
    expect(put.statusCode).toBe(204);
    const after = await ok<GuaranteesOverview>(coordinator.inject('GET', url), 200);
    expect(after.guarantees).toMatchObject([
      {
        id,
        loanAmount: '1000000.00',
        guaranteedShare: '50.00',
        outstanding: '800000.00',
        outstandingAsOf: '2025-12-31',
        guaranteedOutstanding: '400000.00',
      },
    ]);
    expect({
      total: after.registerGuaranteedOutstanding,
      share: after.reported?.sharePercent,
      manage: after.can.manage,
    }).toEqual({ total: '400000.00', share: '20.00', manage: true });
    expect(
      (await ok<GuaranteesOverview>(coordinator.inject('GET', `${url}?asOf=2025-12-30`), 200))
        .registerGuaranteedOutstanding,
    ).toBe('0.00');
    await problem(outsider.inject('GET', url), 404, 'NOT_FOUND');
    await problem(
      coordinator.inject('PUT', `/api/guarantees/${UNKNOWN}/balances`, { asOf: '2025-12-31', outstanding: '1.00' }),
      404,
      'NOT_FOUND',
    );
  });

  it('answered every error as application/problem+json, and nothing with a 500', () => {
    expect(seen.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    const errors = seen.filter((r) => r.statusCode >= 400);
    expect(errors.length).toBeGreaterThan(50);
    for (const r of errors) {
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json()).toMatchObject({ status: r.statusCode, code: expect.any(String), detail: expect.any(String) });
    }
  });
});
