import type { Principal } from '../../kernel/principal';
import { beforeAll, expect, it } from 'vitest';
import { insertDocument } from '../../platform/documents';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { createAgreement } from './agreements.service';
import * as financeRepo from './finance.repository';
import { attachDocument, createRequest, listRequests } from './requests.service';

/** A draft stays the office's own until submitted; a request is justified only by its own organisation's documents. */
describeEachEngine('finance: drafts and evidence ownership', (engine) => {
  let coordinator: Principal, officeAgent: Principal;
  let conventionId: string, requestId: string, departmentDocumentId: string, officeDocumentId: string;

  beforeAll(async () => {
    await runSeed(engine.db, 'reference');
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    coordinator = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: departmentId });
    officeAgent = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: officeId });
    const [investment] = (await financeRepo.listEnvelopes(engine.db, conventionId)).filter(
      (e) => e.kind === 'investment',
    );
    const [allocation] = await financeRepo.listAllocations(engine.db, [investment!.id]);
    const agreement = await createAgreement(engine.db, coordinator, allocation!.id, {
      amount: 4_000_000_00n,
      signedOn: '2024-06-01',
      purpose: 'Réhabilitation thermique 2024',
      schedule: [
        { kind: 'balance', label: 'Versement unique', amount: 4_000_000_00n, requiredDocuments: ['Ordre de service'] },
      ],
    });
    requestId = (
      await createRequest(engine.db, officeAgent, agreement.id, {
        scheduleLineId: agreement.schedule[0]!.id,
        amount: 1_000_00n,
      })
    ).id;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const base = { filename: 'os.pdf', contentType: 'application/pdf', bytes: pdf, conventionId };
    departmentDocumentId = (
      await insertDocument(engine.db, { ...base, organisationId: departmentId, uploadedBy: coordinator.id })
    ).id;
    officeDocumentId = (
      await insertDocument(engine.db, { ...base, organisationId: officeId, uploadedBy: officeAgent.id })
    ).id;
  });

  it('shows a draft to the office, not to the Département', async () => {
    expect((await listRequests(engine.db, officeAgent, conventionId)).map((r) => r.id)).toEqual([requestId]);
    expect(await listRequests(engine.db, coordinator, conventionId)).toEqual([]);
    expect(await listRequests(engine.db, coordinator, conventionId, 'draft')).toEqual([]);
  });

  it('refuses a document uploaded by another organisation, accepts the office’s own', async () => {
    await expect(
      attachDocument(engine.db, officeAgent, requestId, {
        documentId: departmentDocumentId,
        requirement: 'Ordre de service',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'documentId', message: expect.stringContaining('autre organisation') }],
    });
    const view = await attachDocument(engine.db, officeAgent, requestId, {
      documentId: officeDocumentId,
      requirement: 'Ordre de service',
    });
    expect(view.missingDocuments).toEqual([]);
  });
});
