import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../../../contracts/dates';
import { describeEachEngine } from '../../test/engines';
import { actionItemsOfYear } from './governance.queries';
import { listMembers } from './bodies.service';
import {
  addMeetingDecision,
  createActionItem,
  createMeeting,
  getMeeting,
  listActionItems,
  setParticipants,
  updateActionItem,
  updateMeeting,
} from './meetings.service';
import { COTECH_PURPOSES } from './rule-sets';
import { getSession } from './sessions.service';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from './test-setup';

/** COPIL and COTECH meetings on both engines: default agenda, participants of both parties, minutes, decisions, action items followed up. */
describeEachEngine('governance meetings', (engine) => {
  let w: GovernanceWorld;

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
  });

  it('follows a COTECH from one meeting to the next: agenda of Article 4, participants, minutes, decisions, action items', async () => {
    const first = await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, {
      heldOn: '2024-07-09',
      place: 'Arras, Hôtel du Département',
      participants: [
        {
          civility: 'Mme',
          firstName: 'Nadia',
          lastName: 'DAT-COORDINATION',
          organisationId: w.departmentId,
          function: 'Coordinatrice, Direction accompagnement des territoires',
          status: 'present',
        },
        { civility: 'M.', firstName: 'Bruno', lastName: 'FONTALIRAND', status: 'present' },
        { lastName: 'Fatima AIT CHIKHEBI', status: 'excused' },
      ],
    });
    expect(first.agenda.map((a) => a.title)).toEqual(COTECH_PURPOSES);
    expect(first.participants.map((p) => [p.member.formalName, p.organisation?.name ?? null, p.status])).toEqual([
      ['Madame DAT-COORDINATION', 'Département du Pas-de-Calais', 'present'],
      ['Monsieur FONTALIRAND', 'Pas-de-Calais habitat', 'present'],
      ['Madame AIT-CHIKHEBBIH', null, 'excused'],
    ]);
    // Known people were found by their spelling, not duplicated; the new one was created once.
    const members = await listMembers(engine.db, w.coordinator, w.conventionId);
    expect(members.filter((m) => m.lastName === 'FONTALIRAND' || m.lastName === 'AIT-CHIKHEBBIH')).toHaveLength(2);
    expect(members.filter((m) => m.lastName === 'DAT-COORDINATION')).toHaveLength(1);
    const coordinatorPerson = first.participants[0]!.member.id;

    await updateMeeting(engine.db, w.coordinator, first.id, {
      minutes: 'Point sur les opérations cofinancées ; préparation du COPIL.',
    });
    await addMeetingDecision(engine.db, w.officeManager, first.id, {
      text: 'Le COPIL se réunira en novembre.',
      agendaItemId: first.agenda[0]!.id,
    });
    const withAction = await createActionItem(engine.db, w.coordinator, first.id, {
      title: 'Transmettre les tableaux de suivi au 30 juin',
      ownerMemberId: first.participants[1]!.member.id,
      dueOn: '2024-07-31',
    });
    await createActionItem(engine.db, w.coordinator, first.id, {
      title: 'Proposer une date de COPIL',
      ownerMemberId: coordinatorPerson,
      dueOn: '2024-09-15',
    });
    expect(withAction).toMatchObject({
      minutes: 'Point sur les opérations cofinancées ; préparation du COPIL.',
      decisions: [{ text: 'Le COPIL se réunira en novembre.' }],
      previousMeetingId: null,
    });
    expect(
      withAction.actionItems.map((a) => [a.title, a.owner?.formalName, a.ownerOrganisation?.name, a.dueOn, a.status]),
    ).toEqual([
      [
        'Transmettre les tableaux de suivi au 30 juin',
        'Monsieur FONTALIRAND',
        'Pas-de-Calais habitat',
        '2024-07-31',
        'open',
      ],
    ]);

    const second = await createMeeting(engine.db, w.officeManager, w.bodies.COTECH, {
      heldOn: '2025-01-14',
      agenda: ['Suivi des actions', 'Tableaux au 31 décembre'],
      participants: [{ memberId: coordinatorPerson, status: 'present' }],
    });
    expect(second.agenda.map((a) => a.title)).toEqual(['Suivi des actions', 'Tableaux au 31 décembre']);
    expect(second.previousMeetingId).toBe(first.id);
    expect(second.followUp.map((a) => [a.title, a.overdue])).toEqual([
      ['Transmettre les tableaux de suivi au 30 juin', true],
      ['Proposer une date de COPIL', true],
    ]);
    // The office agent reports the first action done at the second meeting; the second is dropped.
    const done = await updateActionItem(engine.db, w.officeAgent, second.followUp[0]!.id, {
      status: 'done',
      comment: 'Tableaux transmis le 29 juillet.',
      meetingId: second.id,
    });
    expect(done).toMatchObject({
      status: 'done',
      overdue: false,
      history: [
        {
          status: 'done',
          comment: 'Tableaux transmis le 29 juillet.',
          meetingId: second.id,
          actorLabel: expect.stringContaining('Agent de l’office'),
        },
      ],
    });
    await updateActionItem(engine.db, w.coordinator, second.followUp[1]!.id, {
      status: 'dropped',
      comment: 'COPIL fixé par ailleurs.',
    });
    const after = await getMeeting(engine.db, w.coordinator, second.id);
    expect(after.followUp.map((a) => [a.title, a.status])).toEqual([
      ['Transmettre les tableaux de suivi au 30 juin', 'done'],
    ]);
    const third = await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, {
      heldOn: '2025-07-08',
      participants: [],
    });
    expect(third.followUp).toEqual([]);
    expect((await listActionItems(engine.db, w.officeAgent, w.bodies.COTECH, 'done')).map((a) => a.title)).toEqual([
      'Transmettre les tableaux de suivi au 30 juin',
    ]);
    expect(await auditActions(engine.db, done.id)).toEqual(['create', 'follow_up']);

    // A past year's review reads the items as they stood then: both followed up only today.
    const statusesOn = async (asOf: string) =>
      (await actionItemsOfYear(engine.db, w.conventionId, 2024, asOf)).map((a) => [a.title, a.status]);
    expect(await statusesOn('2024-12-31')).toEqual([
      ['Transmettre les tableaux de suivi au 30 juin', 'open'],
      ['Proposer une date de COPIL', 'open'],
    ]);
    expect(await statusesOn(todayInParis())).toEqual([
      ['Transmettre les tableaux de suivi au 30 juin', 'done'],
      ['Proposer une date de COPIL', 'dropped'],
    ]);
  });

  it('keeps meetings and sessions apart, checks participants and owners, and who may write', async () => {
    await refused(
      createMeeting(engine.db, w.officeManager, w.bodies.CA, { heldOn: '2025-01-01', participants: [] }),
      'INVARIANT_VIOLATED',
    );
    const copil = await createMeeting(engine.db, w.officeManager, w.bodies.COPIL, {
      heldOn: '2024-11-28',
      participants: [],
    });
    expect(copil.agenda).toHaveLength(4);
    await refused(getSession(engine.db, w.officeManager, copil.id), 'NOT_FOUND');
    await refused(
      setParticipants(engine.db, w.officeManager, copil.id, [
        { lastName: 'X', organisationId: w.conventionId, status: 'present' },
      ]),
      'VALIDATION_FAILED',
    );
    await refused(
      createActionItem(engine.db, w.officeManager, copil.id, { title: 'x', ownerMemberId: w.conventionId }),
      'VALIDATION_FAILED',
    );
    await refused(
      addMeetingDecision(engine.db, w.officeManager, copil.id, { text: 'x', agendaItemId: w.conventionId }),
      'VALIDATION_FAILED',
    );
    await refused(
      createMeeting(engine.db, w.officeAgent, w.bodies.COPIL, { heldOn: '2024-11-28', participants: [] }),
      'FORBIDDEN',
    );
    await refused(updateMeeting(engine.db, w.controller, copil.id, { minutes: 'x' }), 'FORBIDDEN');
    await refused(getMeeting(engine.db, w.outsider, copil.id), 'NOT_FOUND');
    const item = await createActionItem(engine.db, w.officeManager, copil.id, {
      title: 'Bilan annuel',
      ownerOrganisationId: w.officeId,
    });
    await refused(updateActionItem(engine.db, w.controller, item.actionItems[0]!.id, { status: 'done' }), 'FORBIDDEN');
    await refused(
      updateActionItem(engine.db, w.officeManager, item.actionItems[0]!.id, { status: 'done', meetingId: w.bodies.CA }),
      'VALIDATION_FAILED',
    );
  });

  it('records a COPIL held outside the 4th quarter with the warning of Article 4, and one in the window without', async () => {
    const march = await createMeeting(engine.db, w.officeManager, w.bodies.COPIL, {
      heldOn: '2025-03-12',
      participants: [],
    });
    expect(march.windowWarning).toMatch(
      /^Réunion du COPIL tenue le 12\/03\/2025, hors de la période prévue par l'article/,
    );
    const again = await getMeeting(engine.db, w.controller, march.id);
    expect(again.windowWarning).toBe(march.windowWarning);
    const november = await createMeeting(engine.db, w.officeManager, w.bodies.COPIL, {
      heldOn: '2025-11-20',
      participants: [],
    });
    expect(november.windowWarning).toBeNull();
    const cotech = await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, {
      heldOn: '2025-03-12',
      participants: [],
    });
    expect(cotech.windowWarning).toBeNull();
  });
});
