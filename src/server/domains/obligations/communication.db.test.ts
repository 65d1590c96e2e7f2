import { beforeAll, expect, it } from 'vitest';
import { insertDocument } from '../../platform/documents';
import { describeEachEngine } from '../../test/engines';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from '../governance/test-setup';
import {
  addProof,
  checkProof,
  createControl,
  createEvent,
  decideInvitation,
  listControls,
  submitInvitation,
} from './communication.service';
import { dutyInstancesAsOf } from './obligations.queries';
import { runReminders } from './reminders.service';

const PDF = Buffer.from('%PDF-1.4\n%invitation\n');

/** Article 6 and Article 5 on both engines: the invitation workflow, proofs checked, control missions. */
describeEachEngine('obligations communication and controls', (engine) => {
  let w: GovernanceWorld;
  const doc = (name: string) =>
    insertDocument(engine.db, {
      filename: name,
      contentType: 'application/pdf',
      bytes: PDF,
      conventionId: w.conventionId,
      organisationId: w.officeId,
      uploadedBy: w.officeManager.id,
    });

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
  });

  it('takes an invitation through submit → changes asked → resubmit → validated, printing-ready only then', async () => {
    const event = await createEvent(engine.db, w.officeManager, w.conventionId, {
      kind: 'inauguration',
      title: 'Inauguration de la résidence Les Tilleuls',
      eventOn: '2026-05-12',
      requiredSupports: ['invitations', 'event_signs', 'invitations'],
    });
    expect(event).toMatchObject({
      invitationStatus: 'none',
      printingReady: false,
      requiredSupports: ['invitations', 'event_signs'],
      can: { submitInvitation: true, decideInvitation: false },
    });
    const v1 = await doc('invitation-v1.pdf');
    await refused(submitInvitation(engine.db, w.coordinator, event.id, v1.id), 'FORBIDDEN');
    await refused(
      decideInvitation(engine.db, w.coordinator, event.id, { decision: 'validated' }),
      'INVARIANT_VIOLATED',
    );
    const submitted = await submitInvitation(engine.db, w.officeAgent, event.id, v1.id, '2026-04-01');
    expect(submitted).toMatchObject({ invitationStatus: 'submitted', printingReady: false });
    await refused(submitInvitation(engine.db, w.officeAgent, event.id, v1.id), 'INVARIANT_VIOLATED');
    await refused(decideInvitation(engine.db, w.officeManager, event.id, { decision: 'validated' }), 'FORBIDDEN');
    await refused(decideInvitation(engine.db, w.controller, event.id, { decision: 'validated' }), 'FORBIDDEN');
    await refused(
      decideInvitation(engine.db, w.coordinator, event.id, { decision: 'changes_requested' }),
      'VALIDATION_FAILED',
    );
    const changes = await decideInvitation(
      engine.db,
      w.coordinator,
      event.id,
      { decision: 'changes_requested', comment: 'Logo « 62, Pas-de-Calais Mon Département » trop petit.' },
      '2026-04-03',
    );
    expect(changes).toMatchObject({
      invitationStatus: 'changes_requested',
      printingReady: false,
      invitations: [{ version: 1, decision: 'changes_requested', decidedOn: '2026-04-03' }],
    });
    const v2 = await doc('invitation-v2.pdf');
    await submitInvitation(engine.db, w.officeAgent, event.id, v2.id, '2026-04-06');
    const validated = await decideInvitation(
      engine.db,
      w.coordinator,
      event.id,
      { decision: 'validated' },
      '2026-04-07',
    );
    expect(validated).toMatchObject({
      invitationStatus: 'validated',
      printingReady: true,
      can: { submitInvitation: false, decideInvitation: false },
    });
    expect(validated.invitations.map((v) => [v.version, v.document.filename, v.submittedOn, v.decision])).toEqual([
      [1, 'invitation-v1.pdf', '2026-04-01', 'changes_requested'],
      [2, 'invitation-v2.pdf', '2026-04-06', 'validated'],
    ]);
    await refused(submitInvitation(engine.db, w.officeAgent, event.id, v2.id), 'INVARIANT_VIOLATED');
    expect(await auditActions(engine.db, event.id)).toEqual([
      'create',
      'submit',
      'request_changes',
      'submit',
      'validate',
    ]);
  });

  it('each dated event puts its Article 6 duties in the calendar, reminded, done by the invitation and the proof', async () => {
    const event = await createEvent(engine.db, w.officeManager, w.conventionId, {
      kind: 'first_stone',
      title: 'Première pierre, Arras',
      eventOn: '2027-03-15',
      requiredSupports: ['invitations'],
    });
    const ofEvent = async (asOf: string) =>
      (await dutyInstancesAsOf(engine.db, w.conventionId, asOf)).filter((i) => i.periodKey === `event:${event.id}`);
    expect((await ofEvent('2027-01-10')).map((i) => [i.code, i.dueOn, i.status, i.periodLabel])).toEqual([
      ['INVITATIONS', '2027-02-15', 'upcoming', 'Événement du 15/03/2027'],
      ['PUBLICITY_PROOFS', '2027-04-14', 'upcoming', 'Événement du 15/03/2027'],
    ]);
    // The reminder job reminds the office of the invitation (30 days before its due date).
    await runReminders(engine.db, null, { publicUrl: 'http://copil.test', today: '2027-01-20' });
    const reminders = await engine.db
      .selectFrom('notifications')
      .innerJoin('duty_instances', 'duty_instances.id', 'notifications.duty_instance_id')
      .select(['notifications.title', 'notifications.user_id'])
      .where('duty_instances.period_key', '=', `event:${event.id}`)
      .execute();
    expect(reminders.some((r) => r.user_id === w.officeManager.id && r.title.includes('invitation'))).toBe(true);
    expect(reminders.some((r) => r.user_id === w.coordinator.id)).toBe(false);
    const invitation = await doc('invitation-arras.pdf');
    await submitInvitation(engine.db, w.officeAgent, event.id, invitation.id, '2027-02-20');
    await addProof(
      engine.db,
      w.officeManager,
      event.id,
      { kind: 'article', description: 'Article de La Voix du Nord', url: 'https://example.org/arras' },
      '2027-03-20',
    );
    expect((await ofEvent('2027-04-01')).map((i) => [i.code, i.status, i.doneLate, i.evidence?.label])).toEqual([
      ['INVITATIONS', 'done', true, 'Invitation soumise le 20/02/2027'],
      ['PUBLICITY_PROOFS', 'done', false, 'Justificatif transmis le 20/03/2027'],
    ]);
  });

  it('collects proofs of publicity, checked by the Département', async () => {
    const event = await createEvent(engine.db, w.coordinator, w.conventionId, {
      kind: 'works',
      title: 'Réhabilitation thermique, Lens',
      requiredSupports: ['site_signs'],
    });
    await refused(
      addProof(engine.db, w.officeManager, event.id, { kind: 'photo', description: 'Panneau de chantier' }),
      'VALIDATION_FAILED',
    );
    // The office's manager alone submits proofs (DESIGN §1); its agents prepare the event.
    await refused(
      addProof(engine.db, w.officeAgent, event.id, {
        kind: 'visual',
        description: 'Panneau de chantier',
        url: 'https://example.org/panneau',
      }),
      'FORBIDDEN',
    );
    await refused(
      addProof(engine.db, w.coordinator, event.id, {
        kind: 'video_link',
        description: 'Reportage',
        url: 'https://example.org/v',
      }),
      'FORBIDDEN',
    );
    const photo = await doc('panneau.pdf');
    await addProof(
      engine.db,
      w.officeManager,
      event.id,
      { kind: 'visual', description: 'Panneau de chantier avec le logo', documentId: photo.id },
      '2026-03-02',
    );
    const withLink = await addProof(
      engine.db,
      w.officeManager,
      event.id,
      { kind: 'video_link', description: 'Reportage de la presse locale', url: 'https://example.org/reportage' },
      '2026-03-03',
    );
    expect(withLink.proofs.map((p) => [p.kind, p.checkStatus])).toEqual([
      ['visual', 'pending'],
      ['video_link', 'pending'],
    ]);
    await refused(checkProof(engine.db, w.officeManager, withLink.proofs[0]!.id, { status: 'accepted' }), 'FORBIDDEN');
    const checked = await checkProof(
      engine.db,
      w.coordinator,
      withLink.proofs[0]!.id,
      { status: 'accepted' },
      '2026-03-10',
    );
    expect(checked.proofs[0]).toMatchObject({
      checkStatus: 'accepted',
      checkedOn: '2026-03-10',
      document: { filename: 'panneau.pdf' },
    });
  });

  it('records control missions by the Département coordination, never by a controller nor by the office', async () => {
    const report = await doc('rapport-controle.pdf');
    const body = {
      startedOn: '2026-09-01',
      endedOn: '2026-09-15',
      controller: 'Inspection générale du Département',
      scope: 'Conventions financières 2025 : pièces comptables',
      findings: 'Pièces complètes.',
      documentIds: [report.id],
    };
    await refused(createControl(engine.db, w.officeManager, w.conventionId, body), 'FORBIDDEN');
    await refused(createControl(engine.db, w.controller, w.conventionId, body), 'FORBIDDEN');
    await refused(
      createControl(engine.db, w.coordinator, w.conventionId, { ...body, endedOn: '2026-08-01' }),
      'VALIDATION_FAILED',
    );
    await refused(createControl(engine.db, w.outsider, w.conventionId, body), 'NOT_FOUND');
    const control = await createControl(engine.db, w.coordinator, w.conventionId, body);
    expect(control).toMatchObject({
      controller: 'Inspection générale du Département',
      documents: [{ filename: 'rapport-controle.pdf' }],
    });
    await createControl(engine.db, w.coordinator, w.conventionId, {
      ...body,
      startedOn: '2027-01-10',
      endedOn: null,
      documentIds: [],
    });
    // The controller reads every mission, as does the office.
    expect((await listControls(engine.db, w.controller, w.conventionId)).map((c) => c.startedOn)).toEqual([
      '2027-01-10',
      '2026-09-01',
    ]);
    expect((await listControls(engine.db, w.officeAgent, w.conventionId)).map((c) => c.startedOn)).toEqual([
      '2027-01-10',
      '2026-09-01',
    ]);
    expect(await auditActions(engine.db, control.id)).toEqual(['create']);
  });
});
