import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../../../contracts/dates';
import { operationBody } from '../../../contracts/operations';
import { createOperation } from '../operations/operations.service';
import { describeEachEngine } from '../../test/engines';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from '../governance/test-setup';
import { reportedEventCountsAsOf, reportedEventsOfYear } from './obligations.queries';
import { acknowledgeEvent, addEventNote, closeEvent, listReportedEvents, reportEvent } from './reported-events.service';

/** Article 3.2 on both engines: the office reports, the Département acknowledges, both follow up, it is closed. */
describeEachEngine('events reported under article 3.2', (engine) => {
  let w: GovernanceWorld;
  const today = todayInParis();

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
    // The reference seed holds no operation: the office records one the events may concern.
    await createOperation(
      engine.db,
      w.officeManager,
      w.conventionId,
      operationBody.parse({
        label: 'Réhabilitation thermique, résidence Les Tilleuls',
        kind: 'thermal_renovation',
        programme: 'pmt_2025_2030',
        status: 'in_progress',
        percentComplete: 40,
      }),
    );
  });

  it('reports an event on an operation, acknowledges it, follows it up and closes it, each step audited', async () => {
    const targets = (await listReportedEvents(engine.db, w.officeAgent, w.conventionId)).targets;
    expect(targets.operations.length).toBeGreaterThan(0);
    const operation = targets.operations[0]!;
    const body = {
      category: 'delay' as const,
      operationId: operation.id,
      title: 'Défaillance de l’entreprise de menuiseries',
      description: 'Liquidation judiciaire du titulaire du lot 3 : livraison décalée de six mois.',
      occurredOn: today,
    };
    await refused(reportEvent(engine.db, w.coordinator, w.conventionId, body), 'FORBIDDEN');
    await refused(reportEvent(engine.db, w.controller, w.conventionId, body), 'FORBIDDEN');
    const future = await refused(
      reportEvent(engine.db, w.officeAgent, w.conventionId, { ...body, occurredOn: '2099-01-01' }),
      'VALIDATION_FAILED',
    );
    expect(future.fieldErrors?.map((f) => f.field)).toEqual(['occurredOn']);
    const reported = await reportEvent(engine.db, w.officeAgent, w.conventionId, body);
    expect(reported).toMatchObject({
      reference: 'EVT-001',
      status: 'reported',
      reportedOn: today,
      concerns: { kind: 'operation', id: operation.id, label: `Opération ${operation.label}` },
      can: { acknowledge: false, addNote: true, close: false },
    });
    expect(await reportedEventCountsAsOf(engine.db, w.conventionId, today)).toEqual({ unacknowledged: 1, open: 1 });

    await refused(acknowledgeEvent(engine.db, w.officeManager, reported.id), 'FORBIDDEN');
    await refused(closeEvent(engine.db, w.coordinator, reported.id, { note: 'trop tôt' }), 'CONFLICT');
    const acknowledged = await acknowledgeEvent(engine.db, w.coordinator, reported.id);
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedOn: today });
    await refused(acknowledgeEvent(engine.db, w.coordinator, reported.id), 'CONFLICT');
    expect(await reportedEventCountsAsOf(engine.db, w.conventionId, today)).toEqual({ unacknowledged: 0, open: 1 });

    await addEventNote(engine.db, w.officeManager, reported.id, { note: 'Nouvel appel d’offres lancé.' });
    const noted = await addEventNote(engine.db, w.coordinator, reported.id, { note: 'Point au prochain COTECH.' });
    expect(noted.notes.map((n) => [n.side, n.note])).toEqual([
      ['Office', 'Nouvel appel d’offres lancé.'],
      ['Département', 'Point au prochain COTECH.'],
    ]);
    await refused(addEventNote(engine.db, w.controller, reported.id, { note: 'x' }), 'FORBIDDEN');
    const closed = await closeEvent(engine.db, w.coordinator, reported.id, {
      note: 'Lot réattribué, planning recalé.',
    });
    expect(closed).toMatchObject({ status: 'closed', closedOn: today, can: { addNote: false, close: false } });
    await refused(addEventNote(engine.db, w.officeAgent, reported.id, { note: 'x' }), 'CONFLICT');
    expect(await reportedEventCountsAsOf(engine.db, w.conventionId, today)).toEqual({ unacknowledged: 0, open: 0 });
    expect(await auditActions(engine.db, reported.id)).toEqual([
      'report',
      'acknowledge',
      'add_note',
      'add_note',
      'close_event',
    ]);
    const audited = await engine.db
      .selectFrom('audit_events')
      .select('convention_id')
      .where('entity_id', '=', reported.id)
      .execute();
    expect(audited.every((a) => a.convention_id === w.conventionId)).toBe(true);
  });

  it('reports on a commitment or the whole programme, refuses another convention’s target, and lists the year', async () => {
    const { targets } = await listReportedEvents(engine.db, w.officeAgent, w.conventionId);
    const commitment = targets.commitments[0]!;
    const onCommitment = await reportEvent(engine.db, w.officeManager, w.conventionId, {
      category: 'cost_change',
      commitmentId: commitment.id,
      title: 'Hausse des prix des isolants',
      description: '+18 % sur le lot isolation par l’extérieur.',
      occurredOn: today,
    });
    expect(onCommitment.concerns.kind).toBe('commitment');
    const programme = await reportEvent(engine.db, w.officeManager, w.conventionId, {
      category: 'funding',
      title: 'Report du prêt de la Banque des Territoires',
      description: 'Les enveloppes éco-prêt 2026 sont épuisées.',
      occurredOn: today,
    });
    expect(programme.concerns).toEqual({ kind: 'programme', id: null, label: 'Le programme dans son ensemble' });
    const wrong = await refused(
      reportEvent(engine.db, w.officeManager, w.conventionId, {
        category: 'incident',
        operationId: '00000000-0000-4000-8000-000000000000',
        title: 'x',
        description: 'x',
        occurredOn: today,
      }),
      'VALIDATION_FAILED',
    );
    expect(wrong.fieldErrors?.map((f) => f.field)).toEqual(['operationId']);
    const year = await reportedEventsOfYear(engine.db, w.conventionId, Number(today.slice(0, 4)), today);
    expect(year.map((e) => [e.reference, e.status])).toEqual([
      ['EVT-001', 'closed'],
      ['EVT-002', 'reported'],
      ['EVT-003', 'reported'],
    ]);
    const list = await listReportedEvents(engine.db, w.coordinator, w.conventionId);
    expect(list.counts).toEqual({ unacknowledged: 2, open: 2 });
    expect(list.can.report).toBe(false);
    await refused(listReportedEvents(engine.db, w.outsider, w.conventionId), 'NOT_FOUND');
  });
});
