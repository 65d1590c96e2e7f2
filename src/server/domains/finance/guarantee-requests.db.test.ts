import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../../../contracts/dates';
import { insertDocument } from '../../platform/documents';
import { describeEachEngine } from '../../test/engines';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from '../governance/test-setup';
import { guaranteeRequestsInExaminationAsOf } from './finance.queries';
import {
  decideGuaranteeRequest,
  examineGuaranteeRequest,
  fileGuaranteeRequest,
  listGuaranteeRequests,
} from './guarantee-requests.service';
import { getGuarantees } from './guarantees.service';

const PDF = Buffer.from('%PDF-1.4\n%offre de pret\n');

/** Article 3.1 on both engines: request with documents → examination → decision → register; the derived total. */
describeEachEngine('loan guarantee requests', (engine) => {
  let w: GovernanceWorld;
  const today = todayInParis();
  const doc = (organisationId: string, uploadedBy: string) =>
    insertDocument(engine.db, {
      filename: 'offre-de-pret.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
      conventionId: w.conventionId,
      organisationId,
      uploadedBy,
    });
  const request = (documentId: string) => ({
    lender: 'Banque des Territoires',
    contractNumber: 'OFFRE-2026-118',
    operationLabel: 'Réhabilitation thermique, résidence Les Tilleuls à Lens',
    loanAmount: 2_400_000_00n,
    guaranteedShare: '50.00',
    termYears: 40,
    documents: [{ documentId, label: 'Offre de prêt' }],
  });

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
  });

  it('shows the Département total as derived from the reported 20 %, not as reported', async () => {
    const overview = await getGuarantees(engine.db, w.coordinator, w.conventionId);
    expect(overview.reported).toMatchObject({
      officeOutstanding: '178000000.00',
      departmentTotal: '890000000.00',
      sharePercent: '20.00',
      departmentTotalDerived: true,
    });
    expect(overview.reported!.departmentTotalBasis).toMatch(/^estimé : 178\s000\s000,00\s€ garantis à 20 %/);
  });

  it('takes a request from the office through examination to a granted decision that enters the register', async () => {
    const mine = await doc(w.officeId, w.officeManager.id);
    const theirs = await doc(w.departmentId, w.coordinator.id);
    await refused(fileGuaranteeRequest(engine.db, w.officeAgent, w.conventionId, request(mine.id)), 'FORBIDDEN');
    await refused(fileGuaranteeRequest(engine.db, w.coordinator, w.conventionId, request(mine.id)), 'FORBIDDEN');
    const wrong = await refused(
      fileGuaranteeRequest(engine.db, w.officeManager, w.conventionId, request(theirs.id)),
      'VALIDATION_FAILED',
    );
    expect(wrong.fieldErrors?.[0]?.field).toBe('documents.0.documentId');

    const filed = await fileGuaranteeRequest(engine.db, w.officeManager, w.conventionId, request(mine.id));
    expect(filed).toMatchObject({
      reference: 'GAR-001',
      status: 'submitted',
      submittedOn: today,
      loanAmount: '2400000.00',
      documents: [{ id: mine.id, filename: 'offre-de-pret.pdf', label: 'Offre de prêt' }],
    });
    expect((await guaranteeRequestsInExaminationAsOf(engine.db, w.conventionId, today)).length).toBe(1);

    const decision = {
      decision: 'granted' as const,
      decidedOn: today,
      decidingBody: 'commission_permanente' as const,
      deliberationRef: 'CP 2026-118',
    };
    const early = await refused(decideGuaranteeRequest(engine.db, w.coordinator, filed.id, decision), 'CONFLICT');
    expect(early.message).toContain("d'abord être mise en examen");
    await refused(examineGuaranteeRequest(engine.db, w.officeManager, filed.id, { notes: 'x' }), 'FORBIDDEN');
    await refused(examineGuaranteeRequest(engine.db, w.controller, filed.id, { notes: 'x' }), 'FORBIDDEN');
    const examined = await examineGuaranteeRequest(engine.db, w.coordinator, filed.id, {
      notes: 'Règlement départemental : quotité de 50 % conforme.',
    });
    expect(examined).toMatchObject({ status: 'in_examination', examinationStartedOn: today, can: { decide: true } });
    await refused(
      decideGuaranteeRequest(engine.db, w.coordinator, filed.id, { ...decision, decidedOn: '2099-01-01' }),
      'VALIDATION_FAILED',
    );

    const granted = await decideGuaranteeRequest(engine.db, w.coordinator, filed.id, decision);
    expect(granted).toMatchObject({ status: 'granted', decidingBody: 'commission_permanente', decidedOn: today });
    expect(granted.guaranteeId).not.toBeNull();
    await refused(decideGuaranteeRequest(engine.db, w.coordinator, filed.id, decision), 'CONFLICT');
    expect((await guaranteeRequestsInExaminationAsOf(engine.db, w.conventionId, today)).length).toBe(0);

    const register = await getGuarantees(engine.db, w.officeManager, w.conventionId);
    expect(register.guarantees.find((g) => g.id === granted.guaranteeId)).toMatchObject({
      contractNumber: 'OFFRE-2026-118',
      loanAmount: '2400000.00',
      guaranteedShare: '50.00',
      deliberationRef: 'CP 2026-118',
      deliberationDate: today,
    });
    expect(await auditActions(engine.db, filed.id)).toEqual(['submit', 'examine', 'grant']);
    expect(await auditActions(engine.db, granted.guaranteeId!)).toEqual(['create']);
  });

  it('refuses a request without entering the register, and hides the convention from an outsider', async () => {
    const mine = await doc(w.officeId, w.officeManager.id);
    const filed = await fileGuaranteeRequest(engine.db, w.officeManager, w.conventionId, {
      ...request(mine.id),
      contractNumber: 'OFFRE-2026-119',
    });
    expect(filed.reference).toBe('GAR-002');
    await examineGuaranteeRequest(engine.db, w.coordinator, filed.id, { notes: 'Quotité au-delà du règlement.' });
    const refusedOne = await decideGuaranteeRequest(engine.db, w.coordinator, filed.id, {
      decision: 'refused',
      decidedOn: today,
      decidingBody: 'conseil_departemental',
      deliberationRef: 'CD 2026-07',
      notes: 'Quotité demandée supérieure au règlement.',
    });
    expect(refusedOne).toMatchObject({ status: 'refused', guaranteeId: null, decidingBody: 'conseil_departemental' });
    const list = await listGuaranteeRequests(engine.db, w.officeAgent, w.conventionId);
    expect(list.requests.map((r) => [r.reference, r.status])).toEqual([
      ['GAR-002', 'refused'],
      ['GAR-001', 'granted'],
    ]);
    expect(list.can.submit).toBe(false);
    await refused(listGuaranteeRequests(engine.db, w.outsider, w.conventionId), 'NOT_FOUND');
    await refused(examineGuaranteeRequest(engine.db, w.outsider, filed.id, { notes: 'x' }), 'NOT_FOUND');
  });
});
