import { beforeAll, expect, it } from 'vitest';
import { insertDocument } from '../../platform/documents';
import { describeEachEngine } from '../../test/engines';
import { createMeeting } from '../governance/meetings.service';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from '../governance/test-setup';
import { createDuty, getInstance, listCalendar, listDuties, markDone, updateDuty } from './obligations.service';

const PDF = Buffer.from('%PDF-1.4\n%preuve\n');

/** Duties and calendar on both engines: the seeded duties, evidence read from other domains, hand marks, administration. */
describeEachEngine('obligations calendar', (engine) => {
  let w: GovernanceWorld;
  const find = async (code: string, periodKey: string, today: string) =>
    (await listCalendar(engine.db, w.coordinator, w.conventionId, {}, today)).find(
      (i) => i.duty.code === code && i.periodKey === periodKey,
    )!;

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
  });

  it('holds every duty of the reference convention from 2024 to 2033 after the seed', async () => {
    const duties = await listDuties(engine.db, w.officeAgent, w.conventionId);
    expect(duties.map((d) => [d.code, d.articleNumber, d.party, d.instances])).toEqual([
      ['ALLOCATION', '3', 'department', 10],
      ['FUNDING_AGREEMENTS', '3', 'department', 10],
      ['PROGRESS_TABLES', '3', 'landlord', 20],
      ['VOLUMES', '3', 'landlord', 9],
      ['COPIL', '4', 'department', 10],
      ['COTECH', '4', 'department', 20],
      ['CONTROL_DOCUMENTS', '5', 'landlord', 0],
      ['INVITATIONS', '6', 'landlord', 0],
      ['PUBLICITY_PROOFS', '6', 'landlord', 0],
    ]);
    const calendar = await listCalendar(engine.db, w.coordinator, w.conventionId, {}, '2024-01-15');
    expect(calendar).toHaveLength(79);
    const years = new Set(calendar.map((i) => i.periodKey.slice(0, 4)));
    expect([...years].sort()).toEqual(['2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032', '2033']);
    // The progress table of the second half of 2025 is due on 31 January 2026, a Saturday: Monday 2 February.
    expect(calendar.find((i) => i.duty.code === 'PROGRESS_TABLES' && i.periodKey === '2025-S2')).toMatchObject({
      nominalDueOn: '2026-01-31',
      dueOn: '2026-02-02',
      periodLabel: '2e semestre 2025',
    });
    // Filters: one party, one month.
    const office = await listCalendar(engine.db, w.coordinator, w.conventionId, { party: 'landlord' }, '2024-01-15');
    expect(new Set(office.map((i) => i.duty.code))).toEqual(new Set(['PROGRESS_TABLES', 'VOLUMES']));
    const march = await listCalendar(
      engine.db,
      w.coordinator,
      w.conventionId,
      { from: '2025-03-01', to: '2025-03-31' },
      '2025-03-15',
    );
    expect(march.map((i) => [i.duty.code, i.status])).toEqual([
      ['ALLOCATION', 'due_soon'],
      ['FUNDING_AGREEMENTS', 'due_soon'],
    ]);
    await refused(listCalendar(engine.db, w.outsider, w.conventionId, {}), 'NOT_FOUND');
  });

  it('on 2025-12-01 the 2026 November volumes are late without a submitted forecast, done with one', async () => {
    expect(await find('VOLUMES', '2026', '2025-12-01')).toMatchObject({
      dueOn: '2025-11-30',
      status: 'late',
      doneOn: null,
      evidence: null,
    });
    expect((await find('VOLUMES', '2026', '2025-11-10')).status).toBe('due_soon');
    const now = new Date();
    await engine.db
      .insertInto('volume_forecasts')
      .values({
        convention_id: w.conventionId,
        organisation_id: w.officeId,
        year: 2026,
        status: 'submitted',
        submitted_at: new Date('2025-11-20T10:00:00Z'),
        submitted_by: w.officeManager.id,
        created_by: w.officeManager.id,
        created_at: now,
        updated_at: now,
        renovations_by_class: '{}',
        maintenance_dwellings: 0,
        adaptations: 0,
        investment_requested_cents: 0n,
        operating_requested_cents: 0n,
      })
      .execute();
    expect(await find('VOLUMES', '2026', '2025-12-01')).toMatchObject({
      status: 'done',
      doneOn: '2025-11-20',
      doneLate: false,
      evidence: { source: 'resolved', label: 'Prévisionnel 2026 transmis le 20/11/2025' },
    });
    // On a clock before the submission, it was not yet done.
    expect((await find('VOLUMES', '2026', '2025-11-19')).status).toBe('due_soon');
    expect((await find('VOLUMES', '2027', '2025-12-01')).status).toBe('upcoming');
  });

  it('reads the allocation, both financial conventions, the COPIL and the accepted progress table as evidence', async () => {
    // The seed holds the 2024 allocations (voted 16/02/2024 per the reference deliberation date).
    expect((await find('ALLOCATION', '2024-T1', '2024-06-01')).status).toBe('done');
    expect((await find('ALLOCATION', '2025-T1', '2025-04-02')).status).toBe('late');

    const allocations = await engine.db
      .selectFrom('allocations')
      .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
      .select(['allocations.id', 'envelopes.kind'])
      .where('envelopes.convention_id', '=', w.conventionId)
      .where('allocations.year', '=', 2024)
      .execute();
    const agreement = (allocationId: string, signedOn: string) =>
      engine.db
        .insertInto('funding_agreements')
        .values({
          allocation_id: allocationId,
          amount_cents: 100n,
          signed_on: signedOn,
          purpose: 'x',
          justification_deadline: null,
          reimbursement_clause: null,
          created_by: w.coordinator.id,
          created_at: new Date(),
        })
        .execute();
    await agreement(allocations[0]!.id, '2024-03-20');
    expect((await find('FUNDING_AGREEMENTS', '2024-T1', '2024-06-01')).status).toBe('late'); // one of the two only
    await agreement(allocations[1]!.id, '2024-04-10');
    expect(await find('FUNDING_AGREEMENTS', '2024-T1', '2024-06-01')).toMatchObject({
      status: 'done',
      doneOn: '2024-04-10',
      doneLate: true,
    });

    await createMeeting(engine.db, w.coordinator, w.bodies.COPIL, { heldOn: '2024-11-28', participants: [] });
    await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, { heldOn: '2024-07-09', participants: [] });
    expect((await find('COPIL', '2024-T4', '2024-11-27')).status).toBe('upcoming'); // planned, its day has not come
    expect(await find('COPIL', '2024-T4', '2024-12-02')).toMatchObject({ status: 'done', doneOn: '2024-11-28' });
    expect((await find('COTECH', '2024-S1', '2024-07-10')).status).toBe('late'); // held in July: the second half-year
    expect((await find('COTECH', '2024-S2', '2024-07-10')).status).toBe('done');

    const now = new Date();
    await engine.db
      .insertInto('progress_tables')
      .values({
        convention_id: w.conventionId,
        organisation_id: w.officeId,
        period_end: '2024-06-30',
        status: 'accepted',
        opened_by: w.officeManager.id,
        opened_at: now,
        submitted_at: new Date('2024-07-25T08:00:00Z'),
        accepted_at: new Date('2024-08-05T08:00:00Z'),
        updated_at: now,
      })
      .execute();
    expect(await find('PROGRESS_TABLES', '2024-S1', '2024-09-01')).toMatchObject({
      status: 'done',
      doneOn: '2024-08-05',
      doneLate: true,
    });
  });

  it('lets only the owing party mark an instance done, with a document of the convention', async () => {
    const target = await find('COTECH', '2025-S1', '2025-07-15');
    expect(target).toMatchObject({ status: 'late', can: { markDone: true } });
    const doc = await insertDocument(engine.db, {
      filename: 'releve.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
      conventionId: w.conventionId,
      organisationId: w.departmentId,
      uploadedBy: w.coordinator.id,
    });
    const otherConvention = await engine.db
      .selectFrom('conventions')
      .select('id')
      .where('id', '<>', w.conventionId)
      .executeTakeFirstOrThrow();
    const foreign = await insertDocument(engine.db, {
      filename: 'autre.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
      conventionId: otherConvention.id,
      organisationId: w.departmentId,
      uploadedBy: w.coordinator.id,
    });
    await refused(markDone(engine.db, w.officeManager, target.id, { documentId: doc.id }, '2025-07-15'), 'FORBIDDEN');
    await refused(markDone(engine.db, w.controller, target.id, { documentId: doc.id }, '2025-07-15'), 'FORBIDDEN');
    await refused(
      markDone(engine.db, w.coordinator, target.id, { documentId: foreign.id }, '2025-07-15'),
      'VALIDATION_FAILED',
    );
    await refused(
      markDone(engine.db, w.coordinator, target.id, { documentId: doc.id, doneOn: '2025-08-01' }, '2025-07-15'),
      'VALIDATION_FAILED',
    );
    const done = await markDone(
      engine.db,
      w.coordinator,
      target.id,
      { documentId: doc.id, doneOn: '2025-06-20', note: 'COTECH tenu en visioconférence.' },
      '2025-07-15',
    );
    expect(done).toMatchObject({
      status: 'done',
      doneOn: '2025-06-20',
      evidence: { source: 'manual', documentId: doc.id, note: 'COTECH tenu en visioconférence.' },
      can: { markDone: false },
    });
    await refused(markDone(engine.db, w.coordinator, target.id, { documentId: doc.id }, '2025-07-15'), 'CONFLICT');
    expect((await getInstance(engine.db, w.controller, target.id, '2025-07-15')).status).toBe('done');
    expect(await auditActions(engine.db, target.id)).toEqual(['mark_done']);
  });

  it('lets the administrator add and change a duty, regenerating its calendar and keeping what is done', async () => {
    const body = {
      code: 'BILAN',
      party: 'landlord' as const,
      title: 'Transmettre le bilan annuel',
      description: 'Bilan des actions.',
      articleNumber: '4',
      recurrence: 'yearly_date' as const,
      dueMonth: 3,
      dueDay: 31,
      yearOffset: 1,
      monthsAfter: 0,
      shiftToWorkingDay: true,
      evidenceKind: 'manual' as const,
      evidenceDescription: 'Le bilan.',
      reminderDays: [7, 30, 7],
    };
    await refused(createDuty(engine.db, w.coordinator, w.conventionId, body), 'FORBIDDEN');
    await refused(createDuty(engine.db, w.admin, w.conventionId, { ...body, dueDay: null }), 'VALIDATION_FAILED');
    const created = await createDuty(engine.db, w.admin, w.conventionId, body);
    expect(created).toMatchObject({ code: 'BILAN', instances: 10, reminderDays: [30, 7] }); // the 2033 review is due in 2034, after the period, as the last progress table
    await refused(createDuty(engine.db, w.admin, w.conventionId, body), 'CONFLICT');
    const first = await find('BILAN', '2024', '2025-04-15');
    expect(first).toMatchObject({ nominalDueOn: '2025-03-31', dueOn: '2025-03-31', status: 'late' });
    const doc = await insertDocument(engine.db, {
      filename: 'bilan.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
      conventionId: w.conventionId,
      organisationId: w.officeId,
      uploadedBy: w.officeManager.id,
    });
    await markDone(engine.db, w.officeAgent, first.id, { documentId: doc.id }, '2025-04-15');

    const changed = await updateDuty(engine.db, w.admin, created.id, { recurrence: 'yearly_quarter', quarter: 2 });
    expect(changed.instances).toBe(11); // ten quarters plus the 2024 instance kept because it is done
    const calendar = (await listCalendar(engine.db, w.admin, w.conventionId, {}, '2025-04-15')).filter(
      (i) => i.duty.code === 'BILAN',
    );
    expect(calendar.find((i) => i.periodKey === '2024')).toMatchObject({ status: 'done' });
    expect(calendar.find((i) => i.periodKey === '2026-T2')).toMatchObject({ dueOn: '2026-06-30' });
    const off = await updateDuty(engine.db, w.admin, created.id, { active: false });
    expect(off.instances).toBe(1);
    await refused(updateDuty(engine.db, w.officeManager, created.id, { title: 'x' }), 'FORBIDDEN');
    await refused(updateDuty(engine.db, w.outsider, created.id, { title: 'x' }), 'NOT_FOUND');
    expect(await auditActions(engine.db, created.id)).toEqual(['create', 'update', 'update']);
  });
});
