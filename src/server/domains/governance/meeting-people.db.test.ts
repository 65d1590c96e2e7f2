import { beforeAll, expect, it } from 'vitest';
import { docxText, normalise, pdfText } from '../../test/documents';
import { describeEachEngine } from '../../test/engines';
import { listMembers } from './bodies.service';
import { inviteStandingMembers, setCoChairs } from './meeting-people.service';
import { addMeetingDecision, createActionItem, createMeeting, getMeeting, updateMeeting } from './meetings.service';
import { getStandingMembers, setStandingMembers } from './membership.service';
import { minutesFile } from './minutes.service';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from './test-setup';

/**
 * Issue #19 on both engines: the COPIL's co-chairs, a body's standing members pre-filling a
 * meeting, and the minutes of a meeting as PDF and DOCX.
 */
describeEachEngine('governance meeting people and minutes', (engine) => {
  let w: GovernanceWorld;

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
  });

  it('keeps the COTECH’s standing members (coordinator only) and invites them to a new meeting', async () => {
    const empty = await getStandingMembers(engine.db, w.officeManager, w.bodies.COTECH);
    expect(empty).toEqual({ bodyId: w.bodies.COTECH, members: [], can: { manage: false } });
    const members = [
      {
        civility: 'M.' as const,
        firstName: 'Bruno',
        lastName: 'FONTALIRAND',
        service: 'Direction générale',
        role: 'Équipe technique de l’office, sous son autorité',
      },
      {
        civility: 'Mme' as const,
        firstName: 'Nadia',
        lastName: 'COORDINATION-DAT',
        organisationId: w.departmentId,
        function: 'Coordinatrice',
        service: 'Direction accompagnement des territoires (DAT)',
        role: 'Coordination du suivi global de la convention',
      },
    ];
    await refused(setStandingMembers(engine.db, w.officeManager, w.bodies.COTECH, members), 'FORBIDDEN');
    await refused(setStandingMembers(engine.db, w.controller, w.bodies.COTECH, members), 'FORBIDDEN');
    const set = await setStandingMembers(engine.db, w.coordinator, w.bodies.COTECH, members);
    expect(
      set.members.map((m) => [m.member.formalName, m.organisation?.name ?? null, m.function, m.service, m.role]),
    ).toEqual([
      [
        'Monsieur FONTALIRAND',
        'Pas-de-Calais habitat',
        'Directeur général',
        'Direction générale',
        'Équipe technique de l’office, sous son autorité',
      ],
      [
        'Madame COORDINATION-DAT',
        'Département du Pas-de-Calais',
        'Coordinatrice',
        'Direction accompagnement des territoires (DAT)',
        'Coordination du suivi global de la convention',
      ],
    ]);
    expect(set.can.manage).toBe(true);
    // The known director general was found by his name, not created again.
    const people = await listMembers(engine.db, w.coordinator, w.conventionId);
    expect(people.filter((m) => m.lastName === 'FONTALIRAND')).toHaveLength(1);
    const twice = await refused(
      setStandingMembers(engine.db, w.coordinator, w.bodies.COTECH, [members[0]!, members[0]!]),
      'VALIDATION_FAILED',
    );
    expect(twice.message).toBe('Monsieur FONTALIRAND figure deux fois dans la liste.');
    await refused(
      setStandingMembers(engine.db, w.coordinator, w.bodies.COTECH, [
        { ...members[1]!, organisationId: '00000000-0000-4000-8000-000000000000' },
      ]),
      'VALIDATION_FAILED',
    );
    expect(await auditActions(engine.db, w.bodies.COTECH)).toContain('set_standing_members');

    const meeting = await createMeeting(engine.db, w.officeManager, w.bodies.COTECH, {
      heldOn: '2025-01-14',
      participants: [{ civility: 'M.', firstName: 'Bruno', lastName: 'FONTALIRAND', status: 'excused' }],
      withStandingMembers: true,
    });
    expect(meeting.participants.map((p) => [p.member.formalName, p.status])).toEqual([
      ['Monsieur FONTALIRAND', 'excused'],
      ['Madame COORDINATION-DAT', 'present'],
    ]);
    expect(meeting.coChairs).toBeNull();
    // Invited again at the meeting: nobody twice.
    const again = await inviteStandingMembers(engine.db, w.coordinator, meeting.id);
    expect(again.participants).toHaveLength(2);
    expect(await auditActions(engine.db, meeting.id)).toEqual(['create', 'invite_standing_members']);
    const plain = await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, {
      heldOn: '2025-07-01',
      participants: [],
    });
    expect(plain.participants).toEqual([]);
  });

  it('records the COPIL’s two co-chairs, one per party, who take part in the meeting', async () => {
    const copil = await createMeeting(engine.db, w.coordinator, w.bodies.COPIL, {
      heldOn: '2024-11-21',
      place: 'Arras',
      participants: [],
    });
    expect(copil.coChairs).toEqual({ department: null, landlord: null });
    const chaired = await setCoChairs(engine.db, w.officeManager, copil.id, {
      department: {
        civility: 'M.',
        firstName: 'Daniel',
        lastName: 'MACIEJASZ',
        function: 'Vice-Président du Département',
      },
      landlord: { civility: 'M.', firstName: 'Jean-Louis', lastName: 'COTTIGNY' },
    });
    expect(chaired.coChairs).toMatchObject({
      department: { member: { formalName: 'Monsieur MACIEJASZ' }, function: 'Vice-Président du Département' },
      landlord: { member: { formalName: 'Monsieur COTTIGNY' } },
    });
    expect(chaired.participants.map((p) => [p.member.formalName, p.organisation?.name ?? null, p.status])).toEqual([
      ['Monsieur MACIEJASZ', 'Département du Pas-de-Calais', 'present'],
      // The office's president is the board member of the seed (no organisation recorded for him).
      ['Monsieur COTTIGNY', null, 'present'],
    ]);
    const dept = chaired.coChairs!.department!.member.id;

    // The director general of the office cannot co-chair for the Département; nor one person for both.
    const other = await refused(
      setCoChairs(engine.db, w.coordinator, copil.id, {
        department: { civility: 'M.', firstName: 'Bruno', lastName: 'FONTALIRAND' },
        landlord: null,
      }),
      'VALIDATION_FAILED',
    );
    expect(other.message).toBe(
      'Monsieur FONTALIRAND appartient à Pas-de-Calais habitat : Monsieur FONTALIRAND ne peut coprésider pour le Département.',
    );
    await refused(
      setCoChairs(engine.db, w.coordinator, copil.id, { department: { memberId: dept }, landlord: { memberId: dept } }),
      'VALIDATION_FAILED',
    );
    // Nothing changed by the refused attempts.
    expect((await getMeeting(engine.db, w.controller, copil.id)).coChairs?.department?.member.id).toBe(dept);
    await refused(setCoChairs(engine.db, w.controller, copil.id, { department: null, landlord: null }), 'FORBIDDEN');
    const cotech = await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, {
      heldOn: '2024-10-01',
      participants: [],
    });
    await refused(
      setCoChairs(engine.db, w.coordinator, cotech.id, { department: { memberId: dept }, landlord: null }),
      'VALIDATION_FAILED',
    );
    expect(await auditActions(engine.db, copil.id)).toEqual(['create', 'set_co_chairs']);

    // The minutes, PDF and DOCX: co-chairs, participants, agenda, text, decisions, actions.
    await updateMeeting(engine.db, w.coordinator, copil.id, {
      minutes: 'Bilan de la première année de la convention.',
    });
    await addMeetingDecision(engine.db, w.coordinator, copil.id, {
      text: 'Le bilan 2024 est approuvé.',
      agendaItemId: copil.agenda[0]!.id,
    });
    await createActionItem(engine.db, w.coordinator, copil.id, {
      title: 'Préparer la convention d’application 2025',
      ownerOrganisationId: w.officeId,
      dueOn: '2025-01-31',
    });
    const docx = await minutesFile(engine.db, w.controller, copil.id, 'docx');
    expect(docx.filename).toBe('compte-rendu-copil-2024-11-21.docx');
    const text = normalise(docxText(docx.content));
    for (const expected of [
      'COMPTE RENDU DE LA RÉUNION DU COMITÉ DE PILOTAGE',
      'Réunion du 21 novembre 2024 — Arras',
      'Réunion coprésidée par Monsieur Daniel MACIEJASZ, Vice-Président du Département et Monsieur Jean-Louis COTTIGNY.',
      'Pour Département du Pas-de-Calais, présent : Monsieur Daniel MACIEJASZ, Vice-Président du Département.',
      "1. Présentation des actions engagées dans l'année",
      'Bilan de la première année de la convention.',
      'Point 1 : Le bilan 2024 est approuvé.',
      "Préparer la convention d'application 2025 (responsable : Pas-de-Calais habitat ; échéance : 31/01/2025 ; statut : à faire)",
    ])
      expect(text).toContain(expected);
    const pdf = await minutesFile(engine.db, w.officeAgent, copil.id, 'pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(normalise(pdfText(pdf.content))).toContain('Réunion coprésidée par Monsieur Daniel MACIEJASZ');
    expect(await auditActions(engine.db, copil.id)).toEqual([
      'create',
      'set_co_chairs',
      'update',
      'add_decision',
      'export',
      'export',
    ]);
    await refused(minutesFile(engine.db, w.outsider, copil.id, 'pdf'), 'NOT_FOUND');
  });
});
